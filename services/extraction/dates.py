"""Date expressions in Russian and English, resolved against the publication date."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from .date_mention_regexes import (
    EN_DOCUMENT_DATE_AFTER,
    EN_PATTERNS,
    RU_DOCUMENT_DATE_BEFORE,
    RU_PATTERNS,
)
from .date_mentions import DateMention as DateMention
from .date_mentions import apposed_weekdays, eve_of
from .date_vocabulary import EN_MONTHS, RU_MONTHS, YEAR_SHIFTS
from .relative_dates import resolve_relative
from .spelled_dates import EN_SPELLED, RU_SPELLED, ordinal_day


def month_index(word: str, language: str) -> int:
    low = word.lower()
    if language == "en":
        return next(i for i, m in enumerate(EN_MONTHS) if m.startswith(low.rstrip(".")[:3])) + 1
    if low.startswith("мар"):
        return 3
    if low.startswith("ма"):
        return 5
    for i, stem in enumerate(RU_MONTHS):
        if low.startswith(stem) or (len(low) >= 3 and stem.startswith(low)):  # "апр", "нояб"
            return i + 1
    raise ValueError(word)


def _year_for(
    month: int, day: int, published: dt.date, tense: str | None, context_year: int | None
) -> tuple[int, str]:
    if tense == "futr":
        year = published.year
        behind = (published - dt.date(year, month, day)).days if (month, day) != (2, 29) else 0
        if behind > 30:
            year += 1  # "will meet on 10 January" in December; a few days back is a late report
        return year, "inferred: year from publication date, future tense"
    if context_year is not None:
        return context_year, "inferred: year from narrative context"
    year = published.year
    ahead = (dt.date(year, month, day) - published).days if (month, day) != (2, 29) else 0
    if 0 < ahead <= 90 and tense != "issued":
        return year, "inferred: year from publication date, upcoming date"
    if (month, day) > (published.month, published.day):
        year -= 1
    if tense == "issued":
        return year, "inferred: year from publication date, a document already issued"
    return year, "inferred: year from publication date, past tense"


def find_dates(
    text: str,
    offset: int,
    language: str,
    published: dt.date,
    tense: str | None,
    context_year: int | None,
    verb_tense: Callable[[int], str | None] | None = None,
) -> list[DateMention]:
    """Date mentions in a sentence (`offset` = its start in the article), resolved; a weekday
    takes the tense of its nearest verb (`verb_tense` of an article offset) when it has one."""
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    matches: list[tuple[str, re.Match[str]]] = []
    patterns = (*RU_SPELLED, *RU_PATTERNS) if language == "ru" else (*EN_SPELLED, *EN_PATTERNS)
    for kind, pattern in patterns:
        for m in pattern.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            near = (
                verb_tense(offset + m.start())
                if verb_tense and kind in ("weekday", "weekend")
                else None
            )
            when = near if near in ("futr", "pres") else tense  # a past verb changes nothing
            found = _resolve_safely(kind, m, text, language, published, when, context_year)
            if found is None:
                continue
            taken.append((m.start(), m.end()))
            matches.append((kind, m))
            out.append(_mention(found, m, offset))
    # "ended in autumn 2020 ... in November": a year-less date after a year in the same
    # sentence is in that year
    years = [
        (d.start, d.value[:4])
        for d, (_, m) in zip(out, matches, strict=True)
        if d.explicit_year and not _PERIOD_BOUND.match(m.group(0))
    ]
    for i, (kind, m) in enumerate(matches):
        if out[i].explicit_year or not out[i].derivation.startswith(_FROM_PUBLICATION):
            continue
        before = [year for start, year in years if start < out[i].start]
        if before:
            found = _resolve_safely(kind, m, text, language, published, tense, int(before[-1]))
            if found is not None:
                out[i] = _mention(found, m, offset)
    order = sorted(range(len(out)), key=lambda k: out[k].start)
    out, matches = [out[k] for k in order], [matches[k] for k in order]
    out = _listed_years(out, matches, text, offset, language, published, tense)
    out = apposed_weekdays(out, [k for k, _ in matches], text, offset)
    return sorted(eve_of(out, text, offset, language), key=lambda d: d.start)


# what joins the items of a list of dates ("9 ноября 2020 года, 11 января и 26 ноября 2021 года")
LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and|и)?|and|и|as well as|а также)\s*", re.I)


def _listed_years(
    out: list[DateMention],
    matches: list[tuple[str, re.Match[str]]],
    text: str,
    offset: int,
    language: str,
    published: dt.date,
    tense: str | None,
) -> list[DateMention]:
    """Coordination: a year-less item of a list of dates takes the year of the next item that
    gives one ("11 января, 26 ноября 2021 года", "January 11 and November 26, 2021"), before
    a year written earlier in the sentence or the publication's; a list runs forward in time,
    so an item later in the year than the next one is of the year before ("9 November and 11
    January 2021")."""
    year: str | None = None
    for i in reversed(range(len(out))):
        d = out[i]
        joined = i + 1 < len(out) and LIST_JOIN.fullmatch(
            text[d.end - offset : out[i + 1].start - offset]
        )
        if d.explicit_year:
            year = d.value[:4]
            continue
        if not joined or year is None or not d.derivation.startswith("inferred"):
            year = None
            continue
        kind, m = matches[i]
        found = _resolve_safely(kind, m, text, language, published, tense, int(year))
        if found is not None and found[0] > out[i + 1].value:  # in order: "9 ноября, 11 января"
            year = str(int(year) - 1)
            found = _resolve_safely(kind, m, text, language, published, tense, int(year))
        if found is not None and found[1] in ("day", "month"):
            value, precision, _, _ = found
            how = "inferred: year of the next item of a list"
            out[i] = DateMention(value, precision, how, d.start, d.end, False)
    return out


_FROM_PUBLICATION = "inferred: year from publication date"
# "tense since 1991, but fresh clashes broke out on Sept. 27": a bound of a period is no
# year of what follows
_PERIOD_BOUND = re.compile(r"(?:since|from|until|before|after|с|до|после)\b", re.I)


def _mention(found: tuple[str, str, str, bool], m: re.Match[str], offset: int) -> DateMention:
    value, precision, derivation, explicit = found
    return DateMention(value, precision, derivation, offset + m.start(), offset + m.end(), explicit)


def _resolve_safely(
    kind: str,
    m: re.Match[str],
    text: str,
    language: str,
    published: dt.date,
    tense: str | None,
    context_year: int | None,
) -> tuple[str, str, str, bool] | None:
    issued = _names_a_document(text, m, language)
    try:
        return _resolve(kind, m, language, published, "issued" if issued else tense, context_year)
    except ValueError:
        return None  # an impossible date such as 31 February: not a date


def _names_a_document(text: str, m: re.Match[str], language: str) -> bool:
    if language == "ru":
        return bool(RU_DOCUMENT_DATE_BEFORE.search(text, 0, m.start()))
    return bool(EN_DOCUMENT_DATE_AFTER.match(text[m.end() :]))


def _day_number(word: str) -> int:
    """A day of the month as a figure or a spelled-out ordinal ("одиннадцатого")."""
    spelled = ordinal_day(word)
    return spelled if spelled is not None else int(word)


def _resolve(
    kind: str,
    m: re.Match[str],
    language: str,
    published: dt.date,
    tense: str | None,
    context_year: int | None,
) -> tuple[str, str, str, bool] | None:
    g = m.groups()
    if kind in ("night", "day", "day_first"):
        if (language == "en" and kind == "day") or (language == "en" and kind == "night"):
            month, day, year_s = month_index(g[0], "en"), _day_number(g[1]), g[2]
        elif language == "en":
            day, month, year_s = _day_number(g[0]), month_index(g[1], "en"), g[2]
        else:
            day, month, year_s = _day_number(g[0]), month_index(g[1], "ru"), g[2]
        relative_year = g[3].lower() if len(g) > 3 and g[3] else ""
        if year_s:
            year, how = int(year_s), "explicit"
        elif relative_year:  # "November 9 last year", "9 ноября прошлого года"
            year = published.year + YEAR_SHIFTS[relative_year]
            how = f"relative: year ({relative_year})"
        else:
            year, how = _year_for(month, day, published, tense, context_year)
        if kind == "night":
            how = "explicit: night of" if year_s else f"{how}; night of"
        return dt.date(year, month, day).isoformat(), "day", how, bool(year_s or relative_year)
    if kind == "month":
        month = month_index(g[0], language)
        if g[1]:
            return f"{int(g[1]):04d}-{month:02d}", "month", "explicit", True
        rel = (g[2] or "").lower()
        shift = {"прошлого": -1, "last": -1, "следующего": 1, "next": 1}.get(rel, 0)
        lead = m.group(0).split()[0].lower()
        if lead in ("last", "this"):
            # "last September": the latest September before publication, whatever the story
            before = month < published.month or (lead == "this" and month == published.month)
            year = published.year if before else published.year - 1
            if lead == "this" and not before:
                year = published.year  # "this September", still to come
            return f"{year:04d}-{month:02d}", "month", f"relative: month ({lead})", True
        if rel:
            year, how = published.year + shift, f"relative: year ({rel})"
        elif context_year is not None and tense != "futr":
            year, how = context_year, "inferred: year from narrative context"
        else:
            year, _ = _year_for(month, 1, published, tense, None)
            how = "inferred: year from publication date"
        return f"{year:04d}-{month:02d}", "month", how, bool(rel)
    if kind == "year":
        return f"{int(g[0]):04d}", "year", "explicit", True
    if kind == "numeric":  # "13.09.2022": day, month, year
        try:
            return dt.date(int(g[2]), int(g[1]), int(g[0])).isoformat(), "day", "explicit", True
        except ValueError:
            return None
    return resolve_relative(kind, m, language, published, tense)
