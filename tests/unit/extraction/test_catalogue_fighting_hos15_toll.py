"""A toll of fighting told on a day dates the saying; the fighting is the episode told elsewhere
(hos15; sentences written for the test)."""

import datetime as dt

import pytest

from .catalogue import article_facts

DAY = dt.date(2023, 9, 28)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Azerbaijan shelled Goris on September 13. Yesterday, the premier stated that "
            "twenty soldiers had been killed in the hostilities.",
        ),
        (
            "en",
            "Azerbaijan shelled Goris on September 13. On September 27, the ministry "
            "officially announced its losses in the battles.",
        ),
        (
            "ru",
            "13 сентября Азербайджан обстрелял Горис. 27 сентября министерство объявило о "
            "потерях в боях.",
        ),
    ],
)
def test_a_toll_told_on_a_day_adds_no_episode(lang: str, text: str) -> None:
    fought = article_facts(text, lang, "HostilitiesReported", DAY)
    assert [(f.get("location"), f.get("date")) for f in fought] == [("Goris", "2023-09-13")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On September 13, the ministry said Azerbaijan shelled Goris."),
        ("en", "Two soldiers were killed in the fighting near Goris on September 13."),
    ],
)
def test_fighting_told_on_its_day_stays(lang: str, text: str) -> None:
    fought = article_facts(text, lang, "HostilitiesReported", DAY)
    assert [(f.get("location"), f.get("date")) for f in fought] == [("Goris", "2023-09-13")]
