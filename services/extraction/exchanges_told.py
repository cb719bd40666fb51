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


def took_place(c: Clause, i: int) -> bool:
    """ "the first exchange took place on December 14", "обмен пленными состоялся",
    "состоялся обмен": an exchange the subject of a verb of occurrence was done, whatever
    agreement the rest of the clause names."""
    if c.tense == "futr" or negated(c, i):
        return False
    verbs = word_list("occurrence_verbs")
    toks = c.tokens
    # the verb after its subject noun phrase ("the exchange of detainees between X and Y
    # happened"), up to a comma that opens another phrase; or just before it ("состоялся обмен")
    after = list(range(i + 1, min(c.hi, i + 11)))
    after = after[: next((n for n, k in enumerate(after) if toks[k].lower == ","), len(after))]
    near = [*after, *range(max(c.lo, i - 2), i)]
    for k in near:
        if toks[k].lemma in verbs or toks[k].lower in verbs:
            return True
        # "took place": the noun "place" after a form of "take"
        if toks[k].lower == "place" and k > c.lo and toks[k - 1].lemma == "take":
            return True
    return False


def one_of_several(c: Clause, i: int) -> bool:
    """ "the first exchange", "exchanged prisoners for the second time", "второй обмен": an
    ordinal counts the exchange among others, so it is not merged with another one told."""
    words = word_list("occasion_ordinals")
    span = c.tokens[max(c.lo, i - 3) : min(c.hi, i + 8)]
    return any(t.lower in words or t.lemma in words for t in span)


def agreed_on(c: Clause, i: int) -> bool:
    """ "agreed to exchange", "agreed to participate in the exchange of prisoners": an
    exchange in the complement of "agree" (the verb before it in the clause) is promised."""
    return any(0 < i - a <= 8 for a in c.at(c.lex.agree) if not negated(c, a))


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


def took_place_after_deal(c: Clause, i: int, parties: list[str]) -> list[Draft]:
    """ "as a result of the agreements reached on December 14, the exchange took place": a
    swap done, and (the guide: a swap agreed and a swap done are two facts) the agreement the
    clause names by a noun, dated by the date told after that noun; "the principle agreed
    with Armenia" names no agreement."""
    nouns = [a for a in c.at(c.lex.agreement) if not negated(c, a)]
    after = c.tokens[nouns[0]].start if nouns else c.tokens[c.hi - 1].end
    dates = [d for d in c.dates if d.start > after]
    agreed_day = dates[0] if dates else None
    # the agreement's day is not the swap's ("the agreements reached on December 14")
    day = held_day(c, i)
    day = None if agreed_day is not None and day is agreed_day else day
    done = c.draft("PrisonersExchanged", {"parties": parties or None}, "held", day)
    done.another_occasion = one_of_several(c, i)
    if not nouns:
        return [done]
    deal = c.draft("PrisonerExchangeAgreed", {"parties": parties or None}, "agreed", agreed_day)
    return [done, deal]


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
    agreed = agreed_on(c, exchange[0]) if exchange else False
    if not exchange or not c.at(lex.prisoners):
        return []
    if agreed:  # the hedge is far from it: the swap agreed is told plainly
        day = c.date_near(exchange[0])
        return [
            c.draft(
                "PrisonerExchangeAgreed",
                {"parties": parties_of(c, exclude, None) or None},
                "agreed",
                day,
            )
        ]
    # who exchanged: the states named before the verb ("Armenia and Azerbaijan exchanged")
    before = {r.name for r in c.inside() if r.mention.last < exchange[0]}
    parties = [p for p in parties_of(c, exclude, None) if p in before] or parties_of(
        c, exclude, None
    )
    done = c.draft(
        "PrisonersExchanged", {"parties": parties or None}, "held", held_day(c, exchange[0])
    )
    done.another_occasion = one_of_several(c, exchange[0])
    return [done, *agreed_before(c, exchange[0], parties)]
