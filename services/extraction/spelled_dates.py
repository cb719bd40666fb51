"""Dates written in words: a spelled-out ordinal day ("Одиннадцатого января", "the eleventh of
January").

A day of the month may be written as an ordinal word, in Russian in the genitive like the
figure it replaces ("11 января" = "одиннадцатого января").
"""

from __future__ import annotations

import re

from .date_vocabulary import EN_MONTH_RE, RU_MONTH_RE

_RU_UNITS = {
    "перв": 1,
    "втор": 2,
    "трет": 3,
    "четверт": 4,
    "четвёрт": 4,
    "пят": 5,
    "шест": 6,
    "седьм": 7,
    "восьм": 8,
    "девят": 9,
}
_RU_TEENS = {
    "десят": 10,
    "одиннадцат": 11,
    "двенадцат": 12,
    "тринадцат": 13,
    "четырнадцат": 14,
    "пятнадцат": 15,
    "шестнадцат": 16,
    "семнадцат": 17,
    "восемнадцат": 18,
    "девятнадцат": 19,
    "двадцат": 20,
    "тридцат": 30,
}
_EN_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
}
# an ordinal in the genitive or nominative/accusative ("одиннадцатого", "первое")
_RU_ORDINAL = (
    r"((?:(?:двадцать|тридцать)\s+)?(?:"
    + "|".join(sorted((*_RU_UNITS, *_RU_TEENS), key=len, reverse=True))
    + r")(?:ого|ое|ье|ьего))"
)
_EN_ORDINAL = (
    r"((?:(?:twenty|thirty)[- ])?(?:"
    + "|".join(sorted(_EN_ORDINALS, key=len, reverse=True))
    + r"))"
)
RU_SPELLED: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "day",
        re.compile(
            r"(?<!\w)" + _RU_ORDINAL + r"\s+" + RU_MONTH_RE + r"(?: (\d{4})(?: года| г\.)?)?",
            re.I,
        ),
    ),
)
EN_SPELLED: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "day_first",
        re.compile(r"\b[Tt]he " + _EN_ORDINAL + r" of " + EN_MONTH_RE + r"(?:,? (\d{4}))?"),
    ),
)


def ordinal_day(word: str) -> int | None:
    """The day a spelled-out ordinal names ("двадцать первого" = 21), or None for a figure."""
    low = word.lower().replace("-", " ")
    if low.isdigit():
        return None
    parts = low.split()
    tens = {"двадцать": 20, "тридцать": 30, "twenty": 20, "thirty": 30}.get(parts[0], 0)
    last = parts[-1]
    for table in (_EN_ORDINALS,):
        if last in table:
            return tens + table[last]
    for stem, n in sorted((*_RU_UNITS.items(), *_RU_TEENS.items()), key=lambda x: -len(x[0])):
        if last.startswith(stem):
            return tens + n
    return None
