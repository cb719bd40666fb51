"""Sentence-level rules for ceasefires, agreements, prisoners, territory, peacekeepers, fighting."""

from __future__ import annotations

from .cues import Role
from .dates import DateMention
from .discourse import Draft
from .gazetteer import canonical_entity
from .lexicon import adjective_states
from .rules import Clause, _states

BELLIGERENTS = ["Armenia", "Azerbaijan"]


def _negated(c: Clause, index: int) -> bool:
    return index > 0 and c.tokens[index - 1].lower in ("не", "not", "never", "no")


def _guarded(c: Clause, index: int, window: int = 8) -> bool:
    """A trigger inside an anniversary reference, an attempt or a hypothesis."""
    lo = max(c.lo, index - window)
    return (
        c.has(c.lex.attempt)
        or c.has(c.lex.hypothetical)
        or bool([i for i in c.at(c.lex.anniversary) if lo <= i <= index])
    )


def _mediator(c: Clause) -> tuple[Role | None, str | None]:
    """The mediating party: "при посредничестве X", "X-brokered", "with Russian mediation"."""
    for tok in c.tokens[c.lo : c.hi]:
        head = tok.lower.split("-")[0]
        if tok.lower.endswith(("-brokered", "-mediated")) and head in adjective_states():
            return None, adjective_states()[head]
    for m in c.at(c.lex.mediation):
        for k in (m - 1, m + 1):
            if c.lo <= k < c.hi and c.tokens[k].lemma in adjective_states():
                return None, adjective_states()[c.tokens[k].lemma]
        near = [r for r in c.inside() if 0 < r.mention.first - m <= 4 and r.state]
        if near:
            return near[0], near[0].state
        before = [r for r in c.inside() if 0 <= m - r.mention.last <= 2 and r.state]
        if before:
            return before[-1], before[-1].state
    return None, None


def _meeting_context(c: Clause) -> Draft | None:
    last = c.ctx.last_meeting
    if last and last.paragraph == c.sent.paragraph and c.index - last.sentence <= 1:
        return last
    return None


def _person_states(names: list[str], exclude: set[str]) -> list[str]:
    out: list[str] = []
    for name in names:
        entity = canonical_entity(name)
        state = entity.state if entity else None
        if name in exclude or not state:
            continue
        if state not in out:
            out.append(state)
    return out


def agreements(c: Clause, cease_near: bool, exclude: set[str]) -> list[Draft]:
    lex, ctx = c.lex, c.ctx
    if c.has(lex.anniversary) or c.has(lex.attempt) or c.has(lex.hypothetical):
        return []
    cease = [i for i in c.at(lex.ceasefire) if not _guarded(c, i)]
    agree = [i for i in c.at(lex.agree) if not _negated(c, i)]
    nouns = [i for i in c.at(lex.agreement) if not _guarded(c, i)]
    mediator, med_state = _mediator(c)
    inside = [r for r in c.inside() if r.name not in exclude and r is not mediator]
    parties = _states(
        [r for r in inside if not r.as_place and r.kind != "organisation"],
        {med_state} if med_state else set(),
    )
    if med_state is None and len(parties) > 2:
        hosts = [r.mention.entity.state for r in inside if r.as_place and r.kind == "place"]
        host = next((p for p in parties if p in hosts), None)
        if host:
            med_state, parties = host, [p for p in parties if p != host]
    meeting = _meeting_context(c)
    if not parties and any(r.name == "Armenia–Azerbaijan border" for r in c.inside()):
        parties = list(BELLIGERENTS)
    if not parties and meeting:
        parties = _person_states(list(meeting.args.get("participants") or []), exclude)
        if not parties:
            parties = [str(p) for p in meeting.args.get("participants") or []]
    if (
        not parties
        and ctx.parties
        and ctx.parties[0] == c.sent.paragraph
        and c.index - ctx.parties[1] <= 1
    ):
        parties = list(ctx.parties[2])
    anchor = (cease or nouns or agree or [c.lo])[0]
    date = c.date_near(anchor)
    if (
        date is None
        and ctx.event_date
        and ctx.event_date[0] == c.sent.paragraph
        and c.index - ctx.event_date[1] <= 1
        and (cease or agree)
    ):
        date = ctx.event_date[2]
    if date is None and meeting and meeting.date:
        date = meeting.date
    kind = ""
    past_deal = c.tense == "past" and c.has(lex.agreement)
    if (cease and (agree or past_deal)) or (nouns and agree and cease_near):
        kind = "CeasefireAgreed"
    elif agree and (((parties or meeting) and not c.has(lex.exchange)) or (nouns and parties)):
        kind = "AgreementSigned"
    out: list[Draft] = []
    if kind:
        args: dict[str, str | list[str] | None] = {"parties": parties or None}
        if kind == "CeasefireAgreed":
            args["mediator"] = med_state
        out.append(c.draft(kind, args, "agreed", date))
    prisoners = c.at(lex.prisoners)
    exchange = [i for i in c.at(lex.exchange) if not _negated(c, i)]
    if prisoners and exchange:
        agreed = bool(agree) or c.tense == "futr"
        k = "PrisonerExchangeAgreed" if agreed else "PrisonersExchanged"
        d = c.date_near(exchange[0]) or (date if agreed else None)
        out.append(c.draft(k, {"parties": parties or None}, "agreed" if agreed else "held", d))
    return out


def _date_after(c: Clause, role: Role) -> DateMention | None:
    pos = role.mention.end
    later = [d for d in c.dates if d.start >= pos and not c._document(d)]
    return later[0] if later else c.date_near(role.mention.first)


def transfers(c: Clause) -> list[Draft]:
    lex = c.lex
    verbs = [i for i in c.at(lex.transfer) if not _negated(c, i)]
    if not verbs or c.has(lex.attempt) or c.has(lex.hypothetical):
        return []
    v = verbs[0]
    inside = c.inside()
    territories = [
        r
        for r in inside
        if r.kind == "place"
        and r.as_place
        and r.mention.entity.flags & {"district", "city", "region"}
        and r.mention.entity.state is None
    ]
    if not territories:
        return []
    actors = [r for r in inside if r.state and not r.as_place and r.kind != "force"]
    before = [r for r in actors if r.mention.last < v]
    after = [r for r in actors if r.mention.first > v]
    control = any(t.lemma in ("контроль", "control") for t in c.tokens[c.lo : c.hi])
    src = before[-1].state if before and not control else None
    dst = after[0].state if after else (before[-1].state if before and control else None)
    words = {t.lemma for t in c.tokens[c.lo : c.hi]} | {t.lower for t in c.tokens[c.lo : c.hi]}
    explicit = bool(
        words & {"должный", "должен", "обязаться", "срок", "must", "deadline", "obliged"}
    )
    by_date = any(
        (t.lower in ("до", "by") and k + 1 < c.hi and c.tokens[k + 1].text[:1].isdigit())
        or t.lower == "by"
        for k, t in enumerate(c.tokens[c.lo : c.hi], c.lo)
    )
    scheduled = explicit or by_date or c.tense == "futr"
    out: list[Draft] = []
    for t in territories:
        date = _date_after(c, t)
        if scheduled:
            out.append(
                c.draft(
                    "TerritoryTransferScheduled",
                    {"territory": t.name, "to": dst},
                    "scheduled",
                    date,
                )
            )
        else:
            out.append(
                c.draft(
                    "TerritoryTransferred",
                    {"territory": t.name, "from": src, "to": dst},
                    "asserted",
                    date,
                )
            )
    return out


def peacekeepers(c: Clause) -> list[Draft]:
    lex, ctx = c.lex, c.ctx
    forces = [r for r in c.inside() if r.kind == "force"]
    topic = c.index - ctx.peacekeepers <= 2
    if not forces and not c.has(lex.peacekeepers) and not topic:
        return []
    if c.has(lex.hypothetical) or c.tense == "futr":
        return []
    withdraw = [i for i in c.at(lex.withdraw) if not _negated(c, i)]
    deploy = [i for i in c.at(lex.deploy) if not _negated(c, i)]
    if withdraw:
        kind, idx = "PeacekeepersWithdrawn", withdraw[0]
    elif deploy and (forces or c.has(lex.peacekeepers)):
        kind, idx = "PeacekeepersDeployed", deploy[0]
    else:
        return []
    force = forces[0].name if forces else None
    areas = [
        r
        for r in c.inside()
        if r.kind == "place" and (r.as_place or r.mention.entity.flags & {"region", "district"})
    ]
    area = areas[0].name if areas else ctx.region
    return [c.draft(kind, {"force": force, "area": area}, "asserted", c.date_near(idx))]


def hostilities(c: Clause) -> list[Draft]:
    lex = c.lex
    hits = []
    for i in c.at(lex.hostilities):
        lo = max(c.lo, i - 3)
        if any(lo <= j < i for j in c.at(lex.cessation)) or _guarded(c, i, 10):
            continue
        if c.has(lex.ceasefire) and c.has(lex.agree):
            continue
        hits.append(i)
    if not hits:
        return []
    places = [
        r
        for r in c.inside()
        if r.kind == "place"
        and (r.as_place or r.mention.entity.flags & {"border", "region", "district"})
    ]
    place = places[0].name if places else None
    date = c.date_near(hits[0])
    if place is None and date is None:
        return []
    return [c.draft("HostilitiesReported", {"location": place}, "asserted", date)]
