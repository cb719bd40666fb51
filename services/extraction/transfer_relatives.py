"""A relative clause after a place tells that place's own, earlier change of hands: "the
Kalbajar region, which was captured by Armenian forces in 1993", "four villages, seized by
Armenians in the early 90s", "the Fizuli and Zangilan regions which were returned to
Azerbaijan last year". The relative clause is a clause of its own: its verb makes its own
transfer, whose taker is its passive agent ("by X") or its receiver ("to X"), dated only by
the dates inside it; and those dates are not the main verb's."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from .clause_guards import negated
from .cues import Role
from .discourse import Draft
from .rules import Clause
from .transfer_doubts import attributive
from .transfer_lists import one_per_list
from .transfer_roles import adjective_agent, by_agent, other_side, receiver_of
from .transfer_territories import participial
from .transfer_words import words

REACH = 4  # "which were returned", "that was later captured": the opener is near its verb


def relative_start(c: Clause, v: int) -> int | None:
    """Where the relative clause headed by the verb at v opens, or None."""
    if participial(c, v):
        return v  # "..., seized by Armenians": a reduced relative clause
    openers = words("relative_openers")
    for k in range(v - 1, max(c.lo, v - REACH) - 1, -1):
        t = c.tokens[k]
        if t.text in (",", ";", ":"):
            return None
        if t.lower in openers:
            # "said that Armenia returned": a "that" opens a relative clause only after the
            # place it tells of ("the regions that were returned"), not after a verb
            after_place = any(r.kind == "place" and k - 3 < r.mention.last < k for r in c.roles)
            return k if t.lower != "that" or after_place else None
    return None


def relative_end(c: Clause, v: int) -> int:
    """The relative clause ends at the next comma or the clause's end."""
    return next((k for k in range(v + 1, c.hi) if c.tokens[k].text in (",", ";")), c.hi)


def without_dates_in(c: Clause, spans: list[tuple[int, int]]) -> Clause:
    """The clause with the relative clauses' dates left out (they date their own verbs)."""
    inside = [(c.tokens[a].start, c.tokens[b - 1].end) for a, b in spans]
    kept = [d for d in c.dates if not any(lo <= d.start < hi for lo, hi in inside)]
    return replace(c, dates=kept)


def relative_taker(c: Clause, v: int, language: str) -> tuple[str | None, str | None]:
    """(from, to) of the relative clause's verb: "captured by X" took it; "ceded by X" gave
    it; "returned to X" received it. Only the English passive agent and receiver are read."""
    if language != "en":
        return None, None
    agent = by_agent(c, v)
    if agent is None and v + 2 < c.hi and c.tokens[v + 1].lower == "by":
        # "captured by (the occupying) Armenian forces": the agent's adjective names its state
        found = adjective_agent(c, v + 2, min(c.hi, v + 5))
        agent = found[1] if found else None
    if agent is not None:
        if c.tokens[v].lower in words("relative_giving_verbs"):
            return agent, other_side(agent)
        return other_side(agent), agent
    to = receiver_of(c, v, language)
    return (other_side(to), to) if to is not None else (None, None)


PlacesOf = Callable[[Clause, int, str, list[int], list[int]], tuple[bool, list[Role]]]


def relative_transfers(
    c: Clause, language: str, places_of: PlacesOf
) -> tuple[list[Draft], list[tuple[int, int]], set[int]]:
    """The relative clauses' own transfers, their token spans and their verbs."""
    lex = c.lex
    handovers = set(c.at(lex.transfer))
    verbs = [i for i in handovers | set(c.at(lex.capture)) if not negated(c, i)]
    own: list[Draft] = []
    spans: list[tuple[int, int]] = []
    told: set[int] = set()
    for v in sorted(verbs):
        start = relative_start(c, v)
        if start is None or attributive(c, v):
            continue
        frm, to = relative_taker(c, v, language)
        if to is None:
            continue
        handing = [v] if v in handovers else []
        _, places = places_of(c, v, language, handing, [] if handing else [v])
        places = [t for t in places if t.mention.first < start]  # the place it follows
        if not places:
            continue
        span = (start, relative_end(c, v))
        spans.append(span)
        told.add(v)
        lo, hi = c.tokens[span[0]].start, c.tokens[span[1] - 1].end
        date = next((d for d in c.dates if lo <= d.start < hi), None)  # its own date only
        # "the villages X and Y, which were returned": one handover; captures: one each
        for t in one_per_list(c, places)[: 1 if handing else None]:
            args: dict[str, str | list[str] | None] = {"territory": t.name, "from": frm, "to": to}
            # recalled in passing: undated, it takes no news day
            own.append(c.draft("TerritoryTransferred", args, "referenced", date))
    return own, spans, told
