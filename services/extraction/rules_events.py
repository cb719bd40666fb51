"""Sentence-level rules for ceasefires, agreements, prisoners, territory, peacekeepers, fighting."""

from __future__ import annotations

from .cues import Role
from .dates import DateMention
from .discourse import Draft
from .lexicon import adjective_states
from .rules import Clause


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
