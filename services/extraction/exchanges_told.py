"""Prisoner exchanges told beside hedged agreements, and exchanges named as a purpose."""

from __future__ import annotations

from .agreement_parties import parties_of
from .clause_guards import negated
from .dates import DateMention
from .discourse import Draft
from .lexicon import word_list
from .rules import Clause


def to_be_exchanged(c: Clause, i: int) -> bool:
    """ "a deal to allow prisoners to be exchanged", "to exchange", "чтобы обменяться": an
    exchange named as a purpose is still to come."""
    before = [t.lower for t in c.tokens[max(c.lo, i - 2) : i]]
    return before[-1:] == ["to"] or before == ["to", "be"] or "чтобы" in before


def under_a_deal(c: Clause, i: int) -> int | None:
    """ "exchanged prisoners in line with / under / as part of an agreement", "обменялись в
    соответствии с договорённостью / в рамках договорённости": the exchange took place and
    was agreed before; the index of the agreement word, if the exchange is told so."""
    frames = word_list("deal_frames")
    for a in c.at(c.lex.agreement):
        if not 0 < a - i <= 12:
            continue
        if any(
            c.tokens[k].lower in frames or c.tokens[k].lemma in frames
            for k in range(max(i + 1, a - 4), a)
        ):
            return a
    return None


def agreed_before(c: Clause, i: int, parties: list[str]) -> list[Draft]:
    """The agreement an exchange that took place was carried out under (the guide: a swap
    agreed and a swap done are two facts): dated only by a date told after the agreement
    word ("announced last week", "reached on December 7")."""
    deal = under_a_deal(c, i)
    if deal is None or c.tense == "futr" or to_be_exchanged(c, i):
        return []
    after = c.tokens[deal].start
    dates = [d for d in c.dates if d.start > after]
    date: DateMention | None = dates[0] if dates else None
    return [c.draft("PrisonerExchangeAgreed", {"parties": parties or None}, "agreed", date)]


def held_day(c: Clause, i: int) -> DateMention | None:
    """The exchange's own date: the nearest told before the agreement it was done under."""
    deal = under_a_deal(c, i)
    end = c.tokens[deal].start if deal is not None else c.tokens[c.hi - 1].end
    dates = [d for d in c.dates if d.start < end]
    at = c.tokens[i].start
    return min(dates, key=lambda d: abs(d.start - at)) if dates else None


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
            "PrisonersExchanged", {"parties": parties or None}, "held", held_day(c, exchange[0])
        ),
        *agreed_before(c, exchange[0], parties),
    ]
