"""Prisoner exchanges told beside hedged agreements, and exchanges named as a purpose."""

from __future__ import annotations

from .agreement_parties import parties_of
from .clause_guards import negated
from .discourse import Draft
from .rules import Clause


def to_be_exchanged(c: Clause, i: int) -> bool:
    """ "a deal to allow prisoners to be exchanged", "to exchange", "чтобы обменяться": an
    exchange named as a purpose is still to come."""
    before = [t.lower for t in c.tokens[max(c.lo, i - 2) : i]]
    return before[-1:] == ["to"] or before == ["to", "be"] or "чтобы" in before


def plain_exchange(c: Clause, exclude: set[str]) -> list[Draft]:
    """ "exchanged prisoners of war, in line with an agreement that promised they would work
    towards a peace treaty": the hedge belongs to the treaty; the exchange took place."""
    lex = c.lex
    hedges = c.at(lex.hypothetical)
    exchange = [
        i
        for i in c.at(lex.exchange)
        if not negated(c, i) and all(abs(h - i) > 10 for h in hedges) and not to_be_exchanged(c, i)
    ]
    agreed = any(0 < exchange[0] - a <= 4 for a in c.at(lex.agree)) if exchange else False
    if not exchange or not c.at(lex.prisoners) or agreed:
        return []
    # who exchanged: the states named before the verb ("Armenia and Azerbaijan exchanged")
    before = {r.name for r in c.inside() if r.mention.last < exchange[0]}
    parties = [p for p in parties_of(c, exclude, None) if p in before] or parties_of(
        c, exclude, None
    )
    return [
        c.draft(
            "PrisonersExchanged", {"parties": parties or None}, "held", c.date_near(exchange[0])
        )
    ]
