"""A resolved date mention, and how mentions beside each other in a sentence combine: a
weekday written beside its calendar day, a day "on the eve of" an event."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .eve_dates import day_after, eve_of_event


@dataclass(frozen=True, slots=True)
class DateMention:
    """A resolved date: ISO value at its precision, offsets and how it was derived.

    `derivation` starts with its category: "explicit", "relative: …" (a relative word or a
    weekday, against the dateline or publication date), "inferred: …" (a year-less date's
    year), or "dateline" / "publication" (an undated event in the lead).
    """

    value: str
    precision: str
    derivation: str
    start: int
    end: int
    explicit_year: bool


# what may stand between a weekday and the calendar day it names ("Thursday, September 26",
# "в четверг, 26 сентября", "15 июня в четверг")
_APPOSITION = re.compile(r"[\s,(]*(?:в|во|on)?[\s,(]*", re.I)


def apposed_weekdays(
    out: list[DateMention], kinds: list[str], text: str, offset: int
) -> list[DateMention]:
    """A weekday written beside a calendar day names that day: the calendar day is the date
    and the weekday is not resolved on its own (it would fall in the publication's week)."""
    days = [d for d, k in zip(out, kinds, strict=True) if k != "weekday" and d.precision == "day"]

    def apposed(w: DateMention) -> bool:
        for d in days:
            a, b = (w.end, d.start) if w.end <= d.start else (d.end, w.start)
            if a <= b and _APPOSITION.fullmatch(text[a - offset : b - offset]):
                return True
        return False

    return [d for d, k in zip(out, kinds, strict=True) if k != "weekday" or not apposed(d)]


def eve_of(out: list[DateMention], text: str, offset: int, language: str) -> list[DateMention]:
    """ "вернули 25 ноября, накануне встречи": the event named after the preposition is the
    day after the sentence's last day before it; "накануне" there is no "yesterday"."""
    for a, b in eve_of_event(text, language):
        out = [d for d in out if not (d.start < offset + b and offset + a < d.end)]
        before = [d for d in out if d.precision == "day" and d.end <= offset + a]
        if before:
            day = before[-1]
            how = "relative: the day after, on the eve of an event"
            out.append(
                DateMention(
                    day_after(day.value), "day", how, offset + a, offset + b, day.explicit_year
                )
            )
    return out
