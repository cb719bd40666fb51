"""One episode told with an area and a place inside it (evt5; sentences written for the test):
a region holds its listed places (`[region_places]`), a state the places the gazetteer puts in
it; a place outside the area stays an episode of its own."""

import datetime as dt

import pytest

from .catalogue import article_facts

DAY = dt.date(2023, 9, 1)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Russian peacekeepers were deployed in Nagorno-Karabakh on Tuesday, the defence "
            "ministry said. On Tuesday the peacekeepers also deployed a command post in "
            "Stepanakert.",
        ),
        (
            "ru",
            "Во вторник российские миротворцы были размещены в Нагорном Карабахе. Во вторник "
            "миротворцы также развернули командный пункт в Степанакерте.",
        ),
    ],
)
def test_a_deployment_in_a_region_and_in_a_town_inside_it_on_one_day_is_one(
    lang: str, text: str
) -> None:
    deployed = article_facts(text, lang, "PeacekeepersDeployed", DAY)
    assert [(f["area"], f["date"]) for f in deployed] == [("Stepanakert", "2023-08-29")]


def test_fighting_in_a_state_and_at_a_town_of_it_on_one_day_is_one_episode() -> None:
    text = (
        "Azerbaijani troops shelled Armenia on Tuesday, the Armenian defence ministry said. "
        "On Tuesday Azerbaijani artillery also fired at the town of Goris."
    )
    fought = article_facts(text, "en", "HostilitiesReported", DAY)
    assert [(f["location"], f["date"]) for f in fought] == [("Goris", "2023-08-29")]


def test_a_town_outside_the_region_is_an_episode_of_its_own() -> None:
    text = (
        "Armenian forces shelled Nagorno-Karabakh on Tuesday, Baku said. On Tuesday "
        "Azerbaijani artillery also fired at the city of Ganja."
    )
    fought = article_facts(text, "en", "HostilitiesReported", DAY)
    assert {f["location"] for f in fought} == {"Nagorno-Karabakh", "Ganja, Azerbaijan"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "Вчера военные другой стороны вошли в зону ответственности российских миротворцев "
            "у села Шош.",
        ),
        (
            "ru",
            "Стороны договорились о выводе оставшихся отрядов из зоны развертывания "
            "российского миротворческого контингента.",
        ),
        (
            "en",
            "Troops of the other side entered the zone of responsibility of the Russian "
            "peacekeepers near the village of Shosh.",
        ),
    ],
)
def test_peacekeepers_named_as_the_owner_of_a_zone_neither_deploy_nor_leave(
    lang: str, text: str
) -> None:
    """Others move into or out of the peacekeepers' zone: the force itself does nothing."""
    for kind in ("PeacekeepersDeployed", "PeacekeepersWithdrawn"):
        assert article_facts(text, lang, kind, DAY) == []


def test_a_force_placed_in_the_zone_of_a_conflict_is_deployed() -> None:
    text = (
        "В зоне конфликта в Нагорном Карабахе сегодня размещен российский миротворческий "
        "контингент."
    )
    deployed = article_facts(text, "ru", "PeacekeepersDeployed", DAY)
    assert len(deployed) == 1
