"""Who takes part in a meeting: the helpers that read participants and venues off a clause.

"a meeting between X and Y" names everyone; a speaker commenting on others' talks is no
participant; "Putin" and "Russia" at one table are one; "will also take part" adds people to
the meeting under discussion.
"""

from __future__ import annotations

from .cues import Role
from .gazetteer import canonical_entity
from .lexicon import word_list
from .rules import Clause


def without_represented_states(participants: list[str]) -> list[str]:
    """ "Putin" and "Russia" at one table are one participant: the person, named as such."""
    entities = [canonical_entity(p) for p in participants]
    present = {e.state for e in entities if e is not None and e.kind == "person"}
    return [
        p
        for p, e in zip(participants, entities, strict=True)
        if e is None or e.kind != "state" or e.name not in present
    ]


def comments_on_others_meeting(c: Clause, trig: int, speaker: str, inside: list[Role]) -> bool:
    """The speaker talks about a meeting (a noun) whose own people follow it, not "with" them."""
    if c.tokens[trig].pos != "NOUN" or trig + 1 >= c.hi:
        return False
    for k in c.at(c.lex.meeting):
        if k + 1 < c.hi and c.tokens[k + 1].lower in ("с", "со", "with"):
            return False  # "переговоры с премьер-министром": the speaker's own talks
        if {t.lower for t in c.tokens[max(c.lo, k - 3) : k]} & word_list("own_words"):
            return False  # "его трехсторонние переговоры", "his talks"
    before = any(r.name == speaker and r.mention.last < trig for r in inside)
    others = {r.name for r in inside if r.kind == "person" and r.mention.first > trig}
    return before and len(others - {speaker}) >= 2


def joins_last_meeting(c: Clause, trig: int, people: list[str]) -> bool:
    """ "Macron and Scholz will also take part in the talks": the meeting under discussion
    (this paragraph or the sentence before) gains participants; no new meeting."""
    last = c.ctx.last_meeting
    if last is None or last.kind == "MeetingHeld":
        return False
    if last.paragraph != c.sent.paragraph and last.sentence < c.index - 1:
        return False
    before = [str(p) for p in last.args.get("participants") or []]
    merged = list(dict.fromkeys([*before, *people]))
    last.args["participants"] = merged
    c.ctx.meeting = list(merged)
    date = c.date_near(trig)
    if date and last.date and date.value.startswith(last.date.value) and date != last.date:
        last.args["date"], last.date = date.value, date  # "next month", then "on October 5"
    return True


def definite(c: Clause, trig: int) -> bool:
    return trig > 0 and c.tokens[trig - 1].lower in ("the", "this", "that", "эта", "этой", "эту")


def between_at(c: Clause, trig: int) -> int | None:
    """ "a meeting between X and Y": the list after "between" names everyone who meets, so
    the person reporting it earlier in the sentence is no participant."""
    for k in range(trig + 1, min(c.hi, trig + 4)):
        if c.tokens[k].lower in ("between", "между"):
            return k
    return None


def after_in(c: Clause, r: Role) -> bool:
    first = r.mention.first
    return first > 0 and c.tokens[first - 1].lower in ("in", "в", "во")


def within(people: list[str], earlier: str | list[str] | None) -> bool:
    """Everyone here took part in the earlier meeting, by name or by the state they lead
    ("separate meetings of Putin with Aliyev" after "the summit of Russia, Armenia and
    Azerbaijan")."""
    known = set(earlier) if isinstance(earlier, list) else set()
    for name in people:
        entity = canonical_entity(name)
        if name not in known and (entity is None or entity.state not in known):
            return False
    return bool(people)
