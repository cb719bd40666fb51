"""Fighting recalled and dated in the press (hos11; sentences written for the test)."""

import datetime as dt

import pytest

from .catalogue import article_facts

LATER = dt.date(2022, 6, 8)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russia sent troops there in 2020 under a deal to end a six-week war."),
        ("en", "The deal ending the 44-day war left the region divided."),
        ("ru", "Соглашение положило конец 44-дневной войне за регион."),
        ("ru", "После окончания 44-дневной войны регион разделен."),
    ],
)
def test_a_war_known_by_its_name_is_recalled_even_as_its_end_is_told(lang: str, text: str) -> None:
    """The guide counts "the 44-day war" as a fact: told as ended, it is still recalled."""
    fought = article_facts(text, lang, "HostilitiesReported", LATER)
    assert [(f["location"], str(f.get("date"))[:4]) for f in fought] == [
        ("Nagorno-Karabakh", "2020")
    ]


WAR_DAY = dt.date(2020, 11, 2)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "In the fighting since September 27, Azerbaijani troops have taken the town of "
            "Fizuli and dozens of villages.",
        ),
        (
            "ru",
            "В ходе боев, продолжающихся с 27 сентября, азербайджанская армия заняла город "
            "Физули и десятки сел.",
        ),
    ],
)
def test_fighting_since_a_known_wars_first_day_is_that_war(lang: str, text: str) -> None:
    """Fighting going on since the war's first day is the war, in its region: the towns it
    took are no single episode's place."""
    fought = article_facts(text, lang, "HostilitiesReported", WAR_DAY)
    assert [(f["location"], f.get("date")) for f in fought] == [("Nagorno-Karabakh", "2020-09-27")]


AFTER_WAR = dt.date(2020, 12, 16)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The ministry condemned the shelling of Martuni as a violation of the truce that "
            "stopped the war on November 10.",
        ),
        (
            "en",
            "Yerevan condemned the shelling of Martuni as a breach of the agreement which ended "
            "the war on November 10.",
        ),
        (
            "ru",
            "Министерство осудило обстрел Мартуни как нарушение соглашения, которое остановило "
            "войну 10 ноября.",
        ),
    ],
)
def test_a_day_in_a_clause_that_ends_the_war_dates_the_end(lang: str, text: str) -> None:
    """A day told in a relative clause whose verb stops the war dates the stop: neither the
    fighting told before it nor the war takes it."""
    fought = article_facts(text, lang, "HostilitiesReported", AFTER_WAR)
    assert fought
    assert all(f.get("date") != "2020-11-10" for f in fought), fought


LATER_NEWS = dt.date(2022, 9, 14)


@pytest.mark.parametrize(
    "second",
    [
        "Baku blamed the Armenian side, saying its forces had staged an attack on Azerbaijani "
        "positions.",
        "Baku blamed the Armenian side for the shelling of Azerbaijani positions.",
    ],
)
def test_fighting_told_again_without_place_or_day_is_the_one_episode(second: str) -> None:
    """A mention of fighting with neither a place nor a day of its own repeats the one episode
    the article tells with both: one fact."""
    text = (
        "Talks on Nagorno-Karabakh stall.\n\nAzerbaijani troops shelled Martuni on September 5, "
        f"the Karabakh army said.\n\n{second}"
    )
    fought = article_facts(text, "en", "HostilitiesReported", LATER_NEWS)
    assert [(f["location"], f.get("date")) for f in fought] == [("Khojavend", "2022-09-05")]
