"""Fighting in general constructions of the press (hos10; sentences written for the test)."""

import datetime as dt

import pytest

from .catalogue import article_facts

DAY = dt.date(2022, 9, 14)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Fresh clashes erupted between Azerbaijani and Armenian troops on Monday."),
        ("en", "Clashes between Armenia and Azerbaijan broke out on Monday, the ministry said."),
        ("en", "Fighting between the two neighbours resumed on Monday."),
        ("ru", "Бои между армянскими и азербайджанскими военными произошли в понедельник."),
        ("ru", "В понедельник произошли столкновения между Арменией и Азербайджаном."),
        ("ru", "Столкновения между двумя странами возобновились в понедельник."),
    ],
)
def test_fighting_between_the_two_states_with_no_place_is_on_their_border(
    lang: str, text: str
) -> None:
    """The two states' armies meeting with no place named and no region in the article fight
    on the two states' border."""
    fought = article_facts(text, lang, "HostilitiesReported", DAY)
    assert [(f["location"], f.get("date")) for f in fought] == [
        ("Armenia–Azerbaijan border", "2022-09-12")
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Clashes between Armenian and Azerbaijani forces erupted in Karabakh on Monday."),
        ("ru", "Бои между армянскими и азербайджанскими войсками шли в Карабахе в понедельник."),
    ],
)
def test_a_place_named_beats_the_border(lang: str, text: str) -> None:
    """A place the sentence names is the fighting's place, whoever the sides are."""
    fought = article_facts(text, lang, "HostilitiesReported", DAY)
    assert [f["location"] for f in fought] == ["Nagorno-Karabakh"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "New clashes broke out between Armenia and Azerbaijan on Wednesday, a day after "
            "dozens were killed in fighting between the two countries.",
        ),
        (
            "ru",
            "Новые столкновения между Арменией и Азербайджаном начались в среду, а накануне "
            "шли бои между двумя странами.",
        ),
    ],
)
def test_fighting_told_a_day_after_is_the_episode_of_the_day_before(lang: str, text: str) -> None:
    """Fighting told after "a day after" / "накануне" is an episode of its own, dated the day
    before the first one's (the guide: one fact per episode, same place and time)."""
    fought = article_facts(text, lang, "HostilitiesReported", DAY)
    assert sorted(f.get("date") for f in fought) == ["2022-09-13", "2022-09-14"]
