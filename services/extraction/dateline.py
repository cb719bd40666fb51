"""Datelines ("МОСКВА, 23 ноября. /ТАСС/", "BAKU, Azerbaijan, Oct. 12"): the article's own day.

A dateline names the day the reported events happened "today"; relative words and weekdays
resolve against it. Searched near the top only: excerpts often begin with site navigation.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .date_vocabulary import EN_MONTH_RE, RU_MONTH_RE
from .dates import month_index

HEAD_CHARS = 1500
# Agencies abbreviate the month ("ЕРЕВАН, 11 апр — Sputnik", "МОСКВА, 23 июн - РИА Новости")
_RU_MONTH_ABBREVIATED = r"(янв|фев|мар|апр|ма[йя]|июн|июл|авг|сент?|окт|нояб?|дек)\.?"
# the month may be set in capitals like the place ("YEREVAN, NOVEMBER 20, ARMENPRESS.")
_RU = re.compile(
    r"(?:^|\n|\s)([А-ЯЁ][А-ЯЁ\-]{2,}(?: [А-ЯЁ][А-ЯЁ\-]+)?),\s+(\d{1,2})\s+(?i:"
    + RU_MONTH_RE
    + r"\b|"
    + _RU_MONTH_ABBREVIATED
    + r"(?=[\s,]))"
    r"(?:\s+(\d{4}))?"
)
_EN = re.compile(
    r"(?:^|\n|\s)([A-Z][A-Z\-]{2,}(?: [A-Z][A-Z\-]+)?),(?:\s+[A-Z][a-z]+,)?\s+"
    + "(?i:"
    + EN_MONTH_RE
    + r")\s+(\d{1,2})\b(?:,?\s+(\d{4}))?"
)


# "YEREVAN — Armenia announced", "MOSCOW (Reuters) - Azerbaijan said": a place, no day
_EN_PLACE_ONLY = re.compile(
    r"(?:^|\n)\s*(?:date \d{4}-\d\d-\d\d\s+)?"  # stored pages may open with their date
    r"([A-Z][A-Z\-]{2,}(?: [A-Z][A-Z\-]+)?)(?:, [A-Z][A-Za-z.]{1,12})?\.?"
    r"\s*(?:\([^)\n]{1,60}\))?\s*(?:—|–{1,2}|-{1,2})\s*[A-Z\"“]"
)


@dataclass(frozen=True, slots=True)
class Dateline:
    place: str
    date: dt.date
    start: int
    end: int


def _year_near(month: int, day: int, published: dt.date) -> int:
    """The year that puts the day closest to (and normally not after) publication."""
    best = published.year
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            gap = (dt.date(year, month, day) - published).days
        except ValueError:
            continue
        if -300 <= gap <= 2:
            best = year
    return best


def find_dateline(text: str, published: dt.date, language: str) -> Dateline | None:
    head = text[:HEAD_CHARS]
    m = (_RU if language == "ru" else _EN).search(head)
    if m is None:
        return None
    if language == "ru":
        place, first, full, short, year_s = m.groups()
        second = full or short
    else:
        place, first, second, year_s = m.groups()
    try:
        if language == "ru":
            day, month = int(first), month_index(second, "ru")
        else:
            month, day = month_index(first, "en"), int(second)
        year = int(year_s) if year_s else _year_near(month, day, published)
        date = dt.date(year, month, day)
    except (ValueError, StopIteration):
        return None
    if abs((date - published).days) > 7:
        return None  # a date in a headline list or a navigation bar, not this article's
    return Dateline(place.strip(), date, m.start(1), m.end())


def find_dateline_place(text: str, language: str) -> str | None:
    """The place of an undated English dateline ("YEREVAN —", "MOSCOW (AP) —"), if any."""
    if language != "en":
        return None
    m = _EN_PLACE_ONLY.search(text[:HEAD_CHARS])
    return m.group(1) if m else None
