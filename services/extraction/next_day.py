""" "The next day", "на следующий день": the day after the last day the narrative told (evt4).

A report that dates one event ("On February 12 a soldier was wounded") and goes on "The next
day forces fired on the post" dates the second event by the first, not by the news day.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from .dates import DateMention
from .lexicon import word_list

#: how many sentences back the narrated day may lie ("On 12 February ... 'quote' ... The next day")
REACH = 3


@lru_cache(maxsize=1)
def _phrases() -> re.Pattern[str]:
    words = sorted(word_list("next_day_phrases"), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.I)


def next_day(text: str, offset: int, told: list[DateMention]) -> list[DateMention]:
    """The day after the last narrated day, where the sentence says "the next day"."""
    days = [d for d in told if d.precision == "day"]
    found = _phrases().search(text)
    if not days or found is None:
        return []
    day = dt.date.fromisoformat(days[-1].value) + dt.timedelta(days=1)
    how = "relative: the day after the narrative's day"
    start, end = offset + found.start(), offset + found.end()
    return [DateMention(day.isoformat(), "day", how, start, end, days[-1].explicit_year)]
