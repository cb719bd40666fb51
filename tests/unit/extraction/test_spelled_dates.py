"""A day written as an ordinal word is that day ("Одиннадцатого января" = 11 January)."""

from __future__ import annotations

import datetime as dt

import pytest

from services.extraction.dates import find_dates

NEWS_DAY = dt.date(2021, 12, 19)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Одиннадцатого января лидеры встретились в Москве.", "ru", ["2021-01-11"]),
        ("Министры встретятся двадцать первого декабря.", "ru", ["2021-12-21"]),
        ("Тридцатого сентября 2020 года начались переговоры.", "ru", ["2020-09-30"]),
        ("Первое мая стороны провели в переговорах.", "ru", ["2021-05-01"]),
        ("On the eleventh of January the leaders met in Moscow.", "en", ["2021-01-11"]),
        ("The talks opened on the twenty-first of September, 2020.", "en", ["2020-09-21"]),
    ],
)
def test_spelled_out_ordinal_days(text: str, language: str, expected: list[str]) -> None:
    found = find_dates(text, 0, language, NEWS_DAY, "past", None)
    assert [d.value for d in found] == expected
