"""Known territory changes date their undated mentions (data: data/known_takings.toml).

The press recalls the 2020 handovers and the September 2023 offensive by what happened, not by
their day ("since Azerbaijani forces retook Karabakh"); the gold dates such background facts by
the change itself. A date the text gives outright stays, and so does the news day (the guide's
news-dates rule); a weekday or relative word of another sentence's event ("held talks on
Tuesday, ... since Azerbaijani forces retook Karabakh") gives way when far from the change.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .dates import DateMention
from .discourse import Draft

DATA = Path(__file__).parent / "data" / "known_takings.toml"
NEWS_DAYS = 7  # a news date this close to the change is the article's report of it


@dataclass(frozen=True)
class Taking:
    territories: frozenset[str]
    to: str
    frm: str | None
    date: str
    day: dt.date


@lru_cache(maxsize=1)
def known_takings() -> tuple[Taking, ...]:
    with DATA.open("rb") as fh:
        rows = tomllib.load(fh)["taking"]
    takings = (
        Taking(
            frozenset(r["territories"]),
            r["to"],
            r.get("from"),
            r["date"],
            dt.date.fromisoformat(r["day"]),
        )
        for r in rows
    )
    return tuple(sorted(takings, key=lambda t: t.day, reverse=True))


def _far_from(date: DateMention, taking: Taking) -> bool:
    """A date of the text's own (explicit) or the news day (dateline, publication) never
    yields; one derived from a weekday or a relative word yields when far off."""
    if not date.derivation.startswith(("relative", "inferred")):
        return False
    if _same(date.value, taking.date):
        return False  # "last year", "in 2020": the same change at the text's precision
    if len(date.value) < 10:
        return True
    return abs((dt.date.fromisoformat(date.value) - taking.day).days) > NEWS_DAYS


def date_known_takings(facts: list[Draft], published: dt.date) -> None:
    for d in facts:
        if d.kind != "TerritoryTransferred" or d.args.get("to") is None:
            continue
        taking = next(
            (
                t
                for t in known_takings()
                if t.day <= published
                and d.args.get("territory") in t.territories
                and d.args.get("to") == t.to
            ),
            None,
        )
        if taking is None or (d.date is None and d.args.get("date")):
            continue
        if d.date is None or _far_from(d.date, taking):
            precision = {4: "year", 7: "month"}.get(len(taking.date), "day")
            d.args["date"] = taking.date
            d.date = DateMention(
                taking.date, precision, "inferred: known territory change", -1, -1, False
            )
        if taking.frm is not None and _same(d.date.value, taking.date):
            d.args["from"] = taking.frm  # "last year" in 2024: the same change


def _same(value: str, date: str) -> bool:
    return date.startswith(value) or value.startswith(date)
