"""What one sentence leaves for the next: sources pointed back to, and the discourse context
(states and institutions seen, the last meeting, year, parties, peacekeepers) that later
sentences resolve against. Split from pipeline.py, behaviour unchanged."""

from __future__ import annotations

from .cues import Role
from .dates import DateMention
from .discourse import Context, Draft
from .known_summits import RECALLED
from .text import Token


def points_back(tokens: tuple[Token, ...]) -> bool:
    """ "Об этом сообщил X", "This was announced by X": the source of the sentence before."""
    opening = [t.lower for t in tokens[:3]]
    if opening[:2] == ["об", "этом"] or opening[:2] == ["this", "was"]:
        return True
    # "Как сообщает X со ссылкой на СМИ, об этом заявил Песков": after a relay clause
    words = [t.lower for t in tokens[:14]]
    if any(words[k : k + 2] == ["об", "этом"] for k in range(len(words) - 1)):
        return True
    # "The parties plan to review ..., the Kremlin press service reported": a sentence whose
    # subject points back to the sentence before continues its report, so shares its source
    return tuple(opening[:2]) in CONTINUING or opening[:1] in (["стороны"], ["they"])


CONTINUING = frozenset({("the", "parties"), ("the", "sides"), ("both", "sides")})


def claim_previous(drafts: list[Draft], index: int, claimed: list[str]) -> None:
    for d in drafts:
        if d.sentence == index - 1 and d.kind != "StatementMade" and not d.claimed_by:
            d.claimed_by = list(claimed)
            if d.kind == "MeetingDenied" and not d.args.get("denied_by"):
                d.args["denied_by"] = list(claimed)


def remember_sentence(
    ctx: Context,
    found: list[Draft],
    sent_roles: list[Role],
    dates: list[DateMention],
    index: int,
    paragraph: int,
) -> None:
    for r in sent_roles:
        if r.state:
            ctx.states_seen[r.state] = ctx.states_seen.get(r.state, 0) + 1
        if r.kind == "organisation" and r.mention.entity.state:
            ctx.institution = r
            ctx.institutions[r.mention.entity.state] = r
        flags = r.mention.entity.flags
        if r.kind == "place" and flags & {"region"} and r.name != "Lachin corridor":
            ctx.region = r.name
        elif r.kind == "place" and r.as_place and r.mention.entity.state is None:
            ctx.local_place = (paragraph, index, r.name)  # "Hadrut", "Шуша": not a capital
    explicit = [d for d in dates if d.explicit_year]
    if explicit:
        ctx.year = (paragraph, index, int(explicit[-1].value[:4]))
    for d in found:
        people = d.args.get("participants")
        if d.kind.startswith("Meeting") and isinstance(people, list) and len(people) > 1:
            ctx.meeting = people
            if len(people) == 3:  # a table of five is no trilateral meeting
                ctx.trilateral = people
            # a summit recalled in passing is background, not the meeting the text follows
            if d.kind != "MeetingDenied" and not (d.date and d.date.derivation == RECALLED):
                ctx.last_meeting = d
        if d.date and d.kind in ("CeasefireAgreed", "AgreementSigned", "PrisonerExchangeAgreed"):
            ctx.event_date = (paragraph, index, d.date)
        parties = d.args.get("parties")
        if isinstance(parties, list) and parties:
            ctx.parties = (paragraph, index, parties)
        if d.kind.startswith("Peacekeepers"):
            ctx.peacekeepers = index
