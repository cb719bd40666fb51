""" "Over the weekend" / "в выходные" is the Saturday of the weekend meant (the guide lists
both days; the first is given), "earlier this week" / "в начале недели" the month of that
week's Monday, and a range of months ("until July-August", "в июле-августе") its first month."""

from __future__ import annotations

import datetime as dt

import pytest

from services.extraction.dates import find_dates

WEDNESDAY = dt.date(2021, 6, 2)  # the weekend before: 29-30 May; the next: 5-6 June


@pytest.mark.parametrize(
    ("text", "language", "tense", "expected"),
    [
        ("Troops seized two villages over the weekend.", "en", "past", ("2021-05-29", "day")),
        ("The ministers met in Tbilisi last weekend.", "en", "past", ("2021-05-29", "day")),
        ("Fighting broke out this past weekend.", "en", "past", ("2021-05-29", "day")),
        ("The leaders will meet at the weekend.", "en", "futr", ("2021-06-05", "day")),
        ("They meet next weekend in Sochi.", "en", "pres", ("2021-06-05", "day")),
        ("В выходные азербайджанские войска заняли два села.", "ru", "past", ("2021-05-29", "day")),
        ("На минувших выходных стороны обменялись пленными.", "ru", "past", ("2021-05-29", "day")),
        ("Министры встретятся в ближайшие выходные.", "ru", "futr", ("2021-06-05", "day")),
        ("В эти выходные министры встретятся в Москве.", "ru", "futr", ("2021-06-05", "day")),
    ],
)
def test_a_weekend_is_its_saturday(
    text: str, language: str, tense: str, expected: tuple[str, str]
) -> None:
    found = find_dates(text, 0, language, WEDNESDAY, tense, None)
    assert [(d.value, d.precision) for d in found] == [expected]


def test_a_weekend_told_on_sunday_is_yesterday() -> None:
    found = find_dates(
        "Clashes erupted over the weekend.", 0, "en", dt.date(2021, 5, 30), "past", None
    )
    assert [d.value for d in found] == ["2021-05-29"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Fighting resumed earlier this week.", "en"),
        ("The talks opened at the start of the week.", "en"),
        ("Бои возобновились в начале недели.", "ru"),
        ("Переговоры начались в начале этой недели.", "ru"),
    ],
)
def test_the_start_of_the_week_is_its_mondays_month(text: str, language: str) -> None:
    # published on Sunday 4 October 2020: that week's Monday was 28 September
    found = find_dates(text, 0, language, dt.date(2020, 10, 4), "past", None)
    assert [(d.value, d.precision) for d in found] == [("2020-09", "month")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The leaders will meet again until July-August.", "en"),
        ("The leaders will meet again by July–August.", "en"),
        ("Лидеры встретятся снова в июле-августе.", "ru"),
        ("Лидеры встретятся снова до июля-августа.", "ru"),
    ],
)
def test_a_range_of_months_gives_the_first(text: str, language: str) -> None:
    found = find_dates(text, 0, language, dt.date(2022, 5, 24), "futr", None)
    assert [(d.value, d.precision) for d in found] == [("2022-07", "month")]
