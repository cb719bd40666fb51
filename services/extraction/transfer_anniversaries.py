"""An anniversary of a taking dates the taking, not the report.

"Azerbaijan is marking the anniversary of the liberation of Hadrut", "two years have passed
since the liberation of Zangilan", "прошёл год со дня освобождения города Губадлы": an
anniversary falls on the day and month of what it marks, so the taking was on the report's day
and month, as many years before as the text counts ("second", "two years", "год" alone: one).
With no count, a taking on a day of the 44-day war (27 September to 10 November) is of 2020,
the war whose takings the press commemorates by the day.
"""

from __future__ import annotations

import datetime as dt

from .cues import Role
from .date_mentions import DateMention
from .lexicon import known_wars
from .rules import Clause
from .transfer_words import transfer_words, words

REACH = 8  # "the anniversary of the liberation of Hadrut settlement"
DERIVATION = "inferred: the anniversary's day, years before the report"


def _is(c: Clause, k: int, key: str) -> bool:
    t = c.tokens[k]
    return t.lemma in words(key) or t.lower in words(key)


def _count(c: Clause, k: int) -> int | None:
    """The count right before the cue ("second anniversary", "два года", "a year")."""
    for back in (k - 1, k - 2):
        if back < c.lo:
            break
        word = c.tokens[back].lower
        for n, forms in enumerate(transfer_words()["anniversary_counts"], start=1):
            if word in forms or c.tokens[back].lemma in forms:
                return n
        if word.isdigit():
            return int(word)
    return None


def _cue(c: Clause, first: int) -> tuple[int, int | None] | None:
    """Where the anniversary is told before the territory, and the years it counts."""
    for k in range(max(c.lo, first - REACH), first):
        if _is(c, k, "anniversary_nouns"):
            return k, _count(c, k)
        if _is(c, k, "anniversary_years"):
            since = [j for j in range(k + 1, min(first, k + 5)) if _is(c, j, "anniversary_since")]
            if since:
                return k, _count(c, k) or 1
    return None


def _commemorated_war() -> tuple[str, str]:
    """First and last day of the war whose takings are commemorated by the day: the episode
    table's war (data/episodes.toml) that transfer_words.toml names, not a second copy of
    its dates."""
    name = transfer_words()["commemorated_war"]
    for first, last, _, names in known_wars():
        if name in names:
            return first, last
    raise LookupError(f"no war named {name!r} in data/episodes.toml")


def anniversary_date(c: Clause, t: Role) -> DateMention | None:
    found = _cue(c, t.mention.first)
    today = getattr(c.ctx, "today", None)
    if found is None or not today:
        return None
    k, years = found
    day = dt.date.fromisoformat(today)
    if years is None:
        first, last = _commemorated_war()
        year = int(first[:4])
        if not first[5:] <= day.strftime("%m-%d") <= last[5:] or day.year <= year:
            return None
    else:
        year = day.year - years
    try:
        value = day.replace(year=year).isoformat()
    except ValueError:  # 29 February
        return None
    tok = c.tokens[k]
    return DateMention(value, "day", DERIVATION, tok.start, tok.end, True)
