"""A month's name ends its word: places that begin like a month ("Martuni", "Mardakert",
"Decatur") are no dates (host19; sentences written for the test)."""

import datetime as dt

import pytest

from .catalogue import article_facts

DAY = dt.date(2020, 10, 25)


@pytest.mark.parametrize(
    "text",
    [
        "Fighting was reported in Martuni on Sunday.",
        "Shelling was reported in Mardakert on Sunday.",
        "Reporters came under fire in Martuni on Sunday.",
    ],
)
def test_a_place_beginning_like_a_month_is_no_month(text: str) -> None:
    fought = article_facts(text, "en", "HostilitiesReported", DAY)
    assert fought and all(f.get("date") == "2020-10-25" for f in fought)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Fighting was reported in Martuni in March.", "2020-03"),
        ("Fighting was reported in Martuni in Sept. 2020.", "2020-09"),
        ("Fighting was reported in Martuni on Oct. 24.", "2020-10-24"),
    ],
)
def test_a_month_that_ends_its_word_still_dates(text: str, date: str) -> None:
    fought = article_facts(text, "en", "HostilitiesReported", DAY)
    assert [f.get("date") for f in fought] == [date]
