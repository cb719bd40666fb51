"""Prisoner swaps told in an agreement's clause: agreed, or done under a deal (split from
rules_agreements.py, which finds the deal itself)."""

from __future__ import annotations

from .agreement_objects import mutual_release, releases_by_each
from .agreement_parties import split_mediator
from .clause_guards import negated
from .dates import DateMention
from .discourse import Draft
from .exchanges_told import (
    agreed_before,
    held_day,
    one_of_several,
    to_be_exchanged,
    took_place,
    took_place_after_deal,
)
from .prisoner_releases import released_prisoners
from .rules import Clause


def swaps_told(
    c: Clause,
    out: list[Draft],
    agree: list[int],
    cease: list[int],
    known: bool,
    parties: list[str],
    mediator: str | None,
    date: DateMention | None,
    exclude: set[str],
) -> list[Draft]:
    """The swap a deal's clause tells, after the deal's own facts `out` (returned with them
    only where the clause tells a swap that took place)."""
    lex = c.lex
    prisoners = c.at(lex.prisoners)
    exchange = [i for i in c.at(lex.exchange) if not negated(c, i)]
    exchange = exchange or mutual_release(c, prisoners)
    # releases by each side are a swap agreed only where the clause tells an agreement (the
    # guide: PrisonersExchanged only where the text says the release happened "in exchange")
    exchange = exchange or (releases_by_each(c, prisoners) if agree else [])
    if prisoners and exchange:
        # "must exchange", "перемирие для обмена пленными", "agreed to swap": a promise
        agreed = (
            bool(agree)
            or c.tense == "futr"
            or bool(cease)
            or known  # "enshrined in the trilateral statement of November 9"
            or c.has(lex.deadline)
            or any(c.tokens[i - 1].lower in ("для", "for") for i in exchange if i > 0)
            or any(to_be_exchanged(c, i) for i in exchange)
        )
        sides = split_mediator(parties, mediator)[0]
        if took_place(c, exchange[0]) and not cease:
            return out + took_place_after_deal(c, exchange[0], sides)
        done = agreed_before(c, exchange[0], sides)
        if done and not any(0 < exchange[0] - a <= 4 for a in agree):
            # "exchanged prisoners under the agreement reached on 7 December": both facts
            when = held_day(c, exchange[0])
            swap = c.draft("PrisonersExchanged", {"parties": sides or None}, "held", when)
            swap.another_occasion = one_of_several(c, exchange[0])
            return [*out, swap, *done]
        k = "PrisonerExchangeAgreed" if agreed else "PrisonersExchanged"
        d = c.date_near(exchange[0]) or (date if agreed else None)
        swap = c.draft(k, {"parties": sides or None}, "agreed" if agreed else "held", d)
        swap.another_occasion = not agreed and one_of_several(c, exchange[0])
        out.append(swap)
    elif not out:
        out += released_prisoners(c, exclude)  # "handed over ten servicemen" (evt3)
    return out
