"""A bare weekday inside an English sentence (news style drops "on") is a date adverb; its
direction follows the tense, and a possessive ("Monday's talks") is no date of the clause."""

from __future__ import annotations

import datetime as dt

import pytest

from services.extraction.dates import find_dates

TUESDAY = dt.date(2024, 3, 12)


def days(text: str, tense: str | None) -> list[str]:
    return [d.value for d in find_dates(text, 0, "en", TUESDAY, tense, None)]


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        ("The summit will take place in Vienna Thursday.", "futr", ["2024-03-14"]),
        ("The ministers met in Geneva Friday to discuss the border.", "past", ["2024-03-08"]),
        ("The leaders are meeting in Paris Saturday.", "pres", ["2024-03-16"]),
        ("Officials said Monday that the swap had taken place.", "past", ["2024-03-11"]),
        ("The talks ended late Sunday without a deal.", "past", ["2024-03-10"]),
        ("The EU (its mission) Wednesday reported calm at the border.", "past", ["2024-03-06"]),
    ],
)
def test_bare_weekday_is_a_date(text: str, tense: str, expected: list[str]) -> None:
    assert days(text, tense) == expected


def test_possessive_weekday_and_sentence_start_are_no_bare_date() -> None:
    assert days("He praised Monday's agreement.", "past") == []
    assert days("Sunday marks the anniversary of the war.", "pres") == []
