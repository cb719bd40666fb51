""" "Накануне" + a genitive noun and "on the eve of" name the day after the sentence's date;
"накануне" followed by anything else is still "the day before the news day"."""

from __future__ import annotations

import datetime as dt

import pytest

from services.extraction.dates import find_dates

NEWS_DAY = dt.date(2021, 12, 19)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the preposition: the event named is the day after the date given
        (
            "Пленных вернули 3 декабря, накануне встречи лидеров.",
            "ru",
            ["2021-12-03", "2021-12-04"],
        ),
        ("Пленных вернули 3 декабря, накануне саммита.", "ru", ["2021-12-03", "2021-12-04"]),
        ("7 мая, накануне переговоров, министр прибыл в Баку.", "ru", ["2021-05-07", "2021-05-08"]),
        (
            "Troops withdrew on December 3, on the eve of the summit.",
            "en",
            ["2021-12-03", "2021-12-04"],
        ),
        # with no date to count from, the phrase dates nothing
        ("Накануне саммита стороны обменялись пленными.", "ru", []),
        # the adverb: the day before the news day
        ("Накануне Алиев заявил о переговорах.", "ru", ["2021-12-18"]),
        ("Накануне вечером министры встретились.", "ru", ["2021-12-18"]),
        ("Накануне российский президент провёл переговоры.", "ru", ["2021-12-18"]),
        ("Министры накануне встретились в Женеве.", "ru", ["2021-12-18"]),
    ],
)
def test_on_the_eve_of_an_event(text: str, language: str, expected: list[str]) -> None:
    found = find_dates(text, 0, language, NEWS_DAY, "past", None)
    assert [d.value for d in found] == expected
