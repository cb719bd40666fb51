"""Generic fighting, with neither a place nor a time of its own, is no fact (hos16; sentences
written for the test)."""

import datetime as dt

import pytest

from .catalogue import article_facts

DAY = dt.date(2021, 12, 19)

REGION = {
    "en": "Armenia and Azerbaijan discussed Nagorno-Karabakh. ",
    "ru": "Армения и Азербайджан обсудили Нагорный Карабах. ",
}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The deputy prime minister discussed swapping of war captives with the ambassador."),
        ("en", "The map shows the territories that will pass to Azerbaijan after the autumn war."),
        ("en", "Since the war, the two capitals have exchanged no ambassadors."),
        ("ru", "Он отметил, что после войны в регионе началась новая эра."),
        ("ru", "Вице-премьер обсудил с послом обмен пленными, взятыми во время войны."),
    ],
)
def test_a_generic_war_with_no_place_or_time_is_no_fact(lang: str, text: str) -> None:
    assert article_facts(REGION[lang] + text, lang, "HostilitiesReported", DAY) == []


@pytest.mark.parametrize(
    ("lang", "text", "date"),
    [
        ("en", "The territories were lost in the 2020 war.", "2020-09-27"),
        ("en", "The territories were lost in the war in Nagorno-Karabakh in 2020.", "2020-09-27"),
        ("ru", "Территории были потеряны в ходе войны 2020 года.", "2020-09-27"),
    ],
)
def test_a_war_with_its_place_or_time_stays(lang: str, text: str, date: str) -> None:
    fought = article_facts(REGION[lang] + text, lang, "HostilitiesReported", DAY)
    assert [(f.get("location"), f.get("date")) for f in fought] == [("Nagorno-Karabakh", date)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Both sides accuse each other of having targeted civilians since the beginning of "
            "hostilities in the mountainous region.",
        ),
        (
            "en",
            "The agreement would cover the soldiers captured not only during the recent "
            "escalation of the conflict, but also those who had been detained earlier.",
        ),
    ],
)
def test_generic_fighting_with_no_place_or_time_is_no_fact(lang: str, text: str) -> None:
    assert article_facts(REGION[lang] + text, lang, "HostilitiesReported", DAY) == []
