"""A state's territory hit by fire is the fighting's place (hos13; sentences written for the
test)."""

import datetime as dt

import pytest

from .catalogue import article_facts

DAY = dt.date(2022, 9, 15)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On Tuesday the ministry reported shelling of Armenia's territory near Karabakh."),
        ("en", "A jet shot down a transport plane over Armenian territory on Tuesday."),
        ("en", "Azerbaijani forces shelled the territory of Armenia on Tuesday."),
        ("en", "On Tuesday, drones struck Armenian territory not far from Nagorno-Karabakh."),
        ("ru", "Во вторник азербайджанские войска обстреляли территорию Армении."),
        ("ru", "Во вторник министерство сообщило об обстреле армянской территории."),
        ("ru", "Во вторник беспилотники нанесли удары по территории Армении у Карабаха."),
    ],
)
def test_a_states_territory_hit_is_the_place(lang: str, text: str) -> None:
    """The guide places fighting where it was: a state's territory shelled, struck or flown
    over is that state, before a place named further on ("near Karabakh")."""
    fought = article_facts(text, lang, "HostilitiesReported", DAY)
    assert [(f.get("location"), f.get("date")) for f in fought] == [("Armenia", "2022-09-13")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On Tuesday, troops fired from Armenian territory at villages in Tovuz."),
        ("ru", "Во вторник войска обстреляли села в Товузе с территории Армении."),
    ],
)
def test_the_territory_fire_comes_from_is_no_place(lang: str, text: str) -> None:
    """Fire "from the territory" of a state comes from there: the place is where it fell."""
    fought = article_facts(text, lang, "HostilitiesReported", DAY)
    assert [f.get("location") for f in fought] != ["Armenia"]


def test_a_border_in_the_clause_stays_the_place() -> None:
    """Shelling of a state's territory on the border is at the border (the guide's border)."""
    text = "On Tuesday, troops shelled Armenian territory along the border."
    fought = article_facts(text, "en", "HostilitiesReported", DAY)
    assert [f.get("location") for f in fought] == ["Armenia–Azerbaijan border"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Во вторник войска нанесли удары по территории НКР."),
        ("en", "On Tuesday, artillery shelled the territory of the Republic of Artsakh."),
    ],
)
def test_an_unrecognised_republics_territory_is_its_region(lang: str, text: str) -> None:
    """The Karabakh republic's territory hit by fire is a place: Nagorno-Karabakh, the region
    the gold names, not the republic as a state."""
    fought = article_facts(text, lang, "HostilitiesReported", DAY)
    assert [f.get("location") for f in fought] == ["Nagorno-Karabakh"]
