"""A war placed but not dated, told while a known war of that place goes on, is that war
(war23; sentences written for the test); told years later it stays undated."""

import datetime as dt

import pytest

from .catalogue import article_facts

DURING = dt.date(2020, 10, 20)
YEARS_LATER = dt.date(2022, 6, 8)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "He referred to the Karabakh war in his speech."),
        ("en", "The war in Nagorno-Karabakh has displaced thousands of people."),
        ("ru", "Война в Нагорном Карабахе: что происходит на фронте."),
        ("ru", "Он упомянул войну в Карабахе в своей речи."),
    ],
)
def test_an_undated_war_told_while_it_goes_on_is_that_war(lang: str, text: str) -> None:
    fought = article_facts(text, lang, "HostilitiesReported", DURING)
    assert [(f["location"], f.get("date")) for f in fought] == [("Nagorno-Karabakh", "2020-09-27")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "He referred to the Karabakh war in his speech."),
        ("ru", "Он упомянул войну в Карабахе в своей речи."),
    ],
)
def test_an_undated_war_told_years_later_stays_undated(lang: str, text: str) -> None:
    fought = article_facts(text, lang, "HostilitiesReported", YEARS_LATER)
    assert [(f["location"], f.get("date")) for f in fought] == [("Nagorno-Karabakh", None)]
