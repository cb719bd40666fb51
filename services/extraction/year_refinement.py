"""A year refined in its own sentence: "returned in 2020 ... in December", "the November 2020
ceasefire agreement". A fact dated only by a year whose sentence also gives one month (or one
day) of that year takes that month: the guide dates a fact as precisely as the text dates it.
"""

from __future__ import annotations

import datetime as dt

from .dates import DateMention, find_dates
from .discourse import Draft


def refine_years(facts: list[Draft], text: str, language: str, published: dt.date) -> None:
    """Give a year-dated fact the one month or day of that year its own sentence names."""
    for d in facts:
        told = d.date
        if told is None or told.precision != "year" or told.start < 0:
            continue
        year = int(told.value)
        inside: set[str] = set()
        found: list[DateMention] = []
        for s, e in d.spans:
            if not s <= told.start < e:
                continue
            for m in find_dates(text[s:e], s, language, published, None, None):
                if m.precision == "year" or not m.value.startswith(f"{year:04d}-"):
                    continue
                if _one_clause(text, told, m):
                    inside.add(m.value)
                    found.append(m)
        if len(inside) == 1:
            d.args["date"] = found[0].value
            d.date = found[0]


#: what ends a clause between the year and the month ("in 2020 ..., and in November ...")
_BREAKS = frozenset(",;:()—–")


def _one_clause(text: str, year: DateMention, month: DateMention) -> bool:
    between = text[min(year.end, month.end) : max(year.start, month.start)]
    return not any(ch in _BREAKS for ch in between)
