"""Relative date words ("yesterday", "last month", "on Monday"), resolved against the news day."""

from __future__ import annotations

import datetime as dt
import re

from .date_vocabulary import (
    EN_WEEKDAYS,
    NEXT_WEEKDAY_WORDS,
    NUMBER_WORDS,
    PAST_WEEKDAY_WORDS,
    RU_WEEKDAYS,
)


def resolve_relative(
    kind: str, m: re.Match[str], language: str, published: dt.date, tense: str | None
) -> tuple[str, str, str, bool] | None:
    """(value, precision, derivation, explicit year) of a relative date, or None."""
    g = m.groups()
    if kind == "days_ago":
        n = NUMBER_WORDS.get(g[0].lower()) or int(g[0])
        day_value = published - dt.timedelta(days=n)
        return day_value.isoformat(), "day", f"relative: {n} days ago", False
    if kind == "day_of_month":  # "13 числа": that day of this month, or of the last one
        day_n = int(g[0])
        month_start = published.replace(day=1)
        if day_n > published.day:
            month_start = (month_start - dt.timedelta(days=1)).replace(day=1)
        try:
            return (
                month_start.replace(day=day_n).isoformat(),
                "day",
                "relative: day of month",
                False,
            )
        except ValueError:
            return None
    if kind == "weekend":
        return _weekend(next((x for x in g if x), "").lower(), published, tense)
    if kind == "week_start":  # "earlier this week": a day since Monday, known to its month
        monday = published - dt.timedelta(days=published.weekday())
        return f"{monday.year:04d}-{monday.month:02d}", "month", "relative: start of week", False
    if kind == "this_week":  # a day of this week, known only to its month
        return f"{published.year:04d}-{published.month:02d}", "month", "relative: this week", False
    if kind == "rel":
        delta = {
            "накануне": -1,
            "вчера": -1,
            "позавчера": -2,
            "сегодня": 0,
            "завтра": 1,
            "yesterday": -1,
            "today": 0,
            "tomorrow": 1,
            "overnight": 0,
        }[g[0].lower()]
        day_value = published + dt.timedelta(days=delta)
        return day_value.isoformat(), "day", f"relative: {g[0].lower()}", False
    if kind == "rel_month":
        word = g[0].lower()
        shift = {
            "следующем": 1,
            "next": 1,
            "прошлом": -1,
            "минувшем": -1,
            "прошлого": -1,
            "минувшего": -1,
            "last": -1,
        }.get(word, 0)
        month = published.month - 1 + shift
        year, month = published.year + month // 12, month % 12 + 1
        return f"{year:04d}-{month:02d}", "month", f"relative: month ({word})", False
    if kind == "last_week":
        # "last week": a day of the week before, known only to its month
        earlier = published - dt.timedelta(days=7)
        return f"{earlier.year:04d}-{earlier.month:02d}", "month", "relative: last week", False
    if kind == "next_week":
        later = published + dt.timedelta(days=7)
        return f"{later.year:04d}-{later.month:02d}", "month", "relative: next week", False
    if kind == "coming_weeks":
        # "in the coming weeks", "within a month": the month two weeks ahead (what a plan
        # for the next few weeks can be dated to)
        later = published + dt.timedelta(days=14)
        return f"{later.year:04d}-{later.month:02d}", "month", "relative: coming weeks", False
    if kind == "week_ago":  # "a week ago": the same weekday a week before the news day
        day_value = published - dt.timedelta(days=7)
        return day_value.isoformat(), "day", "relative: a week ago", False
    if kind == "month_ago":  # "a month ago": known only to its month
        earlier = (published.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
        return f"{earlier.year:04d}-{earlier.month:02d}", "month", "relative: a month ago", False
    if kind == "weeks_ago":
        # "weeks ago": the month two weeks back, as precise as the words allow
        earlier = published - dt.timedelta(days=14)
        return f"{earlier.year:04d}-{earlier.month:02d}", "month", "relative: weeks ago", False
    if kind == "rel_year":
        word = next(x for x in g if x).lower()
        back = {
            "прошлом": 1,
            "минувшем": 1,
            "прошлой": 1,
            "прошлым": 1,
            "позапрошлом": 2,
            "прошлого": 1,
            "позапрошлого": 2,
            "last": 1,
        }
        shift = back.get(word, 1 if word in ("previous", "year", "год") else 0)
        return f"{published.year - shift:04d}", "year", f"relative: year ({word})", False
    if kind == "weekday":
        word, said = g[-1].lower(), (g[0] or "").lower() if len(g) > 1 else ""
        names = EN_WEEKDAYS if language == "en" else RU_WEEKDAYS
        target = next(i for i, n in enumerate(names) if word.startswith(n))
        diff = (target - published.weekday()) % 7
        since = (published.weekday() - target) % 7
        if said.startswith(NEXT_WEEKDAY_WORDS):
            day_value = published + dt.timedelta(days=diff or 7)
        elif said.startswith(PAST_WEEKDAY_WORDS):
            day_value = published - dt.timedelta(days=since or 7)
        elif tense in ("futr", "pres"):
            # "will meet on Monday", "are meeting on Sunday", "начинаются в понедельник": the
            # next such day on or after the news day; a past verb looks back ("said on Monday")
            day_value = published + dt.timedelta(days=diff)
        else:
            day_value = published - dt.timedelta(days=since)
        return day_value.isoformat(), "day", f"relative: weekday ({word})", False
    return None


def _weekend(said: str, published: dt.date, tense: str | None) -> tuple[str, str, str, bool]:
    """ "over the weekend", "в выходные": the Saturday of the weekend meant (the guide lists
    Saturday and Sunday as alternatives; the first is given). A weekend to come is the next
    one, a past one the last Saturday on or before the news day."""
    ahead = (5 - published.weekday()) % 7
    if said.startswith(NEXT_WEEKDAY_WORDS) or said.startswith(("ближайш", "this coming")):
        day_value = published + dt.timedelta(days=ahead or 7)
    elif said.startswith(PAST_WEEKDAY_WORDS):
        day_value = published - dt.timedelta(days=(published.weekday() - 5) % 7 or 7)
    elif tense in ("futr", "pres") and published.weekday() < 5:
        day_value = published + dt.timedelta(days=ahead)
    else:
        day_value = published - dt.timedelta(days=(published.weekday() - 5) % 7)
    return day_value.isoformat(), "day", "relative: weekend", False
