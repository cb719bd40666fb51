"""A weekday written beside a calendar day ("Thursday, September 26", "в четверг, 26 сентября",
"15 июня, в четверг") names that day: the calendar day is the date, and the weekday is not
resolved on its own into the publication's week (sentences written for the test)."""

from __future__ import annotations

import datetime as dt

import pytest

from services.extraction.dates import find_dates

THURSDAY = dt.date(2024, 10, 3)


def days(text: str, lang: str) -> list[str]:
    return [d.value for d in find_dates(text, 0, lang, THURSDAY, "past", None)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The ministers met in New York on Thursday, September 26.", "en", ["2024-09-26"]),
        ("The talks took place on Monday (September 23) in Geneva.", "en", ["2024-09-23"]),
        ("Министры встретились в Нью-Йорке в четверг, 26 сентября.", "ru", ["2024-09-26"]),
        ("Министры встретились 26 сентября, в четверг.", "ru", ["2024-09-26"]),
        # a weekday alone still resolves, and one apart from the date stays its own day
        ("The ministers met on Thursday.", "en", ["2024-10-03"]),
        (
            "They met on September 26 and spoke again on Tuesday.",
            "en",
            ["2024-09-26", "2024-10-01"],
        ),
    ],
)
def test_a_weekday_beside_a_calendar_day_is_that_day(
    text: str, lang: str, expected: list[str]
) -> None:
    assert days(text, lang) == expected
