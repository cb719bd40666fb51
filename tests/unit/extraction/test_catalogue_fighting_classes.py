"""Fighting in general constructions of the press (evt4; sentences written for the test):
reports "said earlier" that day, wars recalled in passing."""

import datetime as dt

import pytest

from .catalogue import article_facts

DAY = dt.date(2023, 9, 1)


@pytest.mark.parametrize(
    "text",
    [
        "The defence ministry said earlier that Azerbaijani troops had fired at Armenian posts "
        "near the village of Sotk.",
        "Armenia's defence ministry had earlier reported that Azerbaijani troops fired at "
        "Armenian posts near the village of Sotk.",
    ],
)
def test_a_report_made_earlier_that_day_dates_the_fire_by_the_news_day(text: str) -> None:
    """ "said earlier": the report came earlier in the news day, the fire is today's news,
    unlike "earlier" alone, which recalls the past."""
    fought = article_facts(text, "en", "HostilitiesReported", DAY)
    assert [(f["location"], f.get("date")) for f in fought] == [("Sotk", "2023-09-01")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The two neighbours fought two wars, in the 1990s and in 2020, over the "
            "mountainous region of Nagorno-Karabakh.",
        ),
        (
            "en",
            "The two neighbours have fought two wars -- in 2020 and in the 1990s -- over "
            "Nagorno-Karabakh.",
        ),
        (
            "ru",
            "Две страны дважды воевали за Нагорный Карабах: война 1990-х годов и война 2020 "
            "года унесли тысячи жизней.",
        ),
    ],
)
def test_a_war_of_a_decade_beside_a_dated_war_is_one_more_undated_episode(
    lang: str, text: str
) -> None:
    """The guide: "two wars — in 2020 and in the 1990s" are two facts, the second undated
    (a decade is no ISO precision)."""
    fought = article_facts(text, lang, "HostilitiesReported", dt.date(2024, 5, 20))
    assert sorted((str(f["location"]), str(f.get("date", ""))[:4]) for f in fought) == [
        ("Nagorno-Karabakh", ""),
        ("Nagorno-Karabakh", "2020"),
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "On Monday a military helicopter was shot down near the border with Azerbaijan, "
            "the ministry said.",
        ),
        ("en", "On Monday air defence units downed a drone near the border, the ministry said."),
        ("ru", "В понедельник у границы с Азербайджаном был сбит военный вертолет."),
    ],
)
def test_an_aircraft_shot_down_is_fighting(lang: str, text: str) -> None:
    """The guide: a provocation in which a helicopter is shot down is HostilitiesReported."""
    fought = article_facts(text, lang, "HostilitiesReported", dt.date(2020, 11, 10))
    assert [(f["location"], f.get("date")) for f in fought] == [
        ("Armenia–Azerbaijan border", "2020-11-09")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Departing residents set fire to their houses in the village of Aghdam on Monday.",
        "Residents were setting their homes on fire in Aghdam before leaving on Monday.",
        "A fire broke out in a warehouse in Aghdam on Monday.",
    ],
)
def test_a_blaze_is_no_fighting(text: str) -> None:
    """ "set fire to", "on fire", "a fire broke out": the fire is a blaze, not gunfire."""
    assert not article_facts(text, "en", "HostilitiesReported", dt.date(2020, 11, 17))


def test_fire_opened_is_still_fighting() -> None:
    text = "Azerbaijani troops opened fire on Armenian positions near Aghdam on Monday."
    fought = article_facts(text, "en", "HostilitiesReported", dt.date(2020, 11, 17))
    assert [f.get("date") for f in fought] == ["2020-11-16"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "On February 12 a border guard was wounded near Sotk, the ministry said.\n\n"
            "The next day Azerbaijani forces fired on an army post near the village of Tegh.",
        ),
        (
            "ru",
            "12 февраля у Сотка был ранен пограничник, сообщило министерство.\n\n"
            "На следующий день азербайджанские военные обстреляли пост у села Тех.",
        ),
    ],
)
def test_the_next_day_is_the_day_after_the_narrated_day(lang: str, text: str) -> None:
    fought = article_facts(text, lang, "HostilitiesReported", dt.date(2024, 2, 18))
    assert ("Tegh", "2024-02-13") in [(f["location"], f.get("date")) for f in fought]


def test_a_province_and_a_village_in_it_on_one_day_are_one_episode() -> None:
    """The guide: one fact per episode, its places as alternatives (most specific first)."""
    text = (
        "On Tuesday Azerbaijani forces opened fire at Armenian positions in Syunik Province, "
        "the ministry said.\n\nThe shelling on Tuesday hit the village of Tegh."
    )
    fought = article_facts(text, "en", "HostilitiesReported", dt.date(2023, 4, 12))
    assert [(f["location"], f.get("date")) for f in fought] == [("Tegh", "2023-04-11")]


def test_the_region_and_a_town_in_it_on_one_day_are_one_episode() -> None:
    """Shelling in Nagorno-Karabakh and missiles on Stepanakert the same day: one episode, the
    town as its most specific place."""
    text = (
        "Azerbaijani forces shelled towns in Nagorno-Karabakh on Saturday, the ministry said."
        "\n\nOn Saturday the army also shelled Stepanakert."
    )
    fought = article_facts(text, "en", "HostilitiesReported", dt.date(2020, 10, 18))
    assert [(f["location"], f.get("date")) for f in fought] == [("Stepanakert", "2020-10-17")]


def test_a_town_outside_the_region_on_the_same_day_is_another_episode() -> None:
    text = (
        "Armenian forces fired missiles at Ganja on Saturday, the ministry said.\n\n"
        "On Saturday the army also shelled Stepanakert, the other side said."
    )
    fought = article_facts(text, "en", "HostilitiesReported", dt.date(2020, 10, 18))
    assert sorted(str(f["location"]) for f in fought) == ["Ganja, Azerbaijan", "Stepanakert"]
