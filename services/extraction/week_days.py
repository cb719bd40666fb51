"""A fact dated only "this week" ("later this week", "на этой неделе", "earlier this week")
is known only to its month; when the article names exactly one day inside that week other
than the news day itself ("the talks are scheduled for March 7", "will meet on Friday"), that
is the day meant:
the guide dates a fact as precisely as the text dates it."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from .dates import DateMention

if TYPE_CHECKING:
    from .dating import SentenceTime
    from .discourse import Draft

#: derivations of a date that names the news week without its day
_WEEK = ("relative: this week", "relative: start of week")


def date_week_days(facts: list[Draft], times: list[SentenceTime], anchor: dt.date) -> None:
    """Give a fact dated "this week" the one calendar day the article names in that week."""
    monday = anchor - dt.timedelta(days=anchor.weekday())
    days = {
        m.value
        for t in times
        for m in t.days
        if m.precision == "day" and not m.derivation.startswith(("dateline", "publication"))
    }
    for d in facts:
        told = d.date
        if told is None or told.derivation not in _WEEK:
            continue
        # "earlier this week": Monday up to the news day; "this week": any day of it
        last = anchor if told.derivation == _WEEK[1] else monday + dt.timedelta(days=7)
        inside = sorted(
            v for v in days if monday <= dt.date.fromisoformat(v) < last and v != anchor.isoformat()
        )
        if len(inside) == 1:
            d.args["date"] = inside[0]
            d.date = DateMention(
                inside[0], "day", told.derivation + ", the day named in that week", -1, -1, False
            )
