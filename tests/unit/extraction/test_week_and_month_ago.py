""" "A week ago" / "неделю назад" is the day seven days before the news day; "a month ago" /
"месяц назад" is known only to the month before; plural weeks stay a month."""

from __future__ import annotations

import datetime as dt

import pytest

from services.extraction.dates import find_dates

NEWS_DAY = dt.date(2022, 3, 9)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Неделю назад стороны договорились о прекращении огня.", "ru", ("2022-03-02", "day")),
        ("Ровно неделю назад министры встретились в Женеве.", "ru", ("2022-03-02", "day")),
        ("The two sides agreed a truce a week ago.", "en", ("2022-03-02", "day")),
        ("Exactly one week ago the ministers met in Geneva.", "en", ("2022-03-02", "day")),
        ("Месяц назад пленных обменяли на границе.", "ru", ("2022-02", "month")),
        ("The prisoners were swapped a month ago.", "en", ("2022-02", "month")),
        ("Три недели назад начались бои.", "ru", ("2022-02", "month")),
    ],
)
def test_one_week_or_month_back(text: str, language: str, expected: tuple[str, str]) -> None:
    found = find_dates(text, 0, language, NEWS_DAY, "past", None)
    assert [(d.value, d.precision) for d in found] == [expected]


def test_a_week_ago_in_january_crosses_the_year() -> None:
    found = find_dates("They met a week ago.", 0, "en", dt.date(2023, 1, 3), "past", None)
    assert [d.value for d in found] == ["2022-12-27"]
