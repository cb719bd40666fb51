""" "in the war of 2020, …", "the talks of 2021.", "с 1994, когда …": a four-digit year
(1990–2030) followed by sentence punctuation and a space or the end of the text is a year;
a decimal ("2020.5"), a range ("2020-2021") or a thousands group ("2,021") is not."""

from __future__ import annotations

import datetime as dt

import pytest

from services.extraction.dates import find_dates

NEWS_DAY = dt.date(2023, 5, 12)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The border has stayed shut since the war of 2020, and trade never resumed.", "en", "2020"),
        ("Talks on the border commission stalled during 2021.", "en", "2021"),
        ("The ceasefire that ended the fighting of 1994; it held for years.", "en", "1994"),
        ("Both armies kept their positions throughout 2022!", "en", "2022"),
        ("Стороны не встречались с лета 2021, когда переговоры зашли в тупик.", "ru", "2021"),
        ("Этот участок границы контролирует Азербайджан с 1994.", "ru", "1994"),
        ("Миротворцы остаются в Карабахе после войны 2020: их мандат продлён.", "ru", "2020"),
        ("Обстрелы продолжались весь 2022, несмотря на перемирие.", "ru", "2022"),
    ],
)
def test_year_before_punctuation(text: str, language: str, expected: str) -> None:
    found = find_dates(text, 0, language, NEWS_DAY, "past", None)
    assert [(d.value, d.precision) for d in found] == [(expected, "year")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The index rose to 2020.5 points, the bank said.", "en"),
        ("Flights stayed suspended during 2020-2021, the airline said.", "en"),
        ("Casualties reached 12,021, officials said.", "en"),
        ("Индекс вырос до 2021,5 пункта.", "ru"),
    ],
)
def test_numbers_that_are_no_year(text: str, language: str) -> None:
    assert [d.value for d in find_dates(text, 0, language, NEWS_DAY, "past", None)] == []
