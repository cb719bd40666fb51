"""Fire the sentence negates or denies is no fact; war naming the people held is background
(hos14; sentences written for the test)."""

import datetime as dt

import pytest

from .catalogue import article_facts

DAY = dt.date(2022, 9, 15)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On Tuesday the army took over the district without a single shot."),
        ("en", "The ministry denied reports that Armenian troops shelled Tovuz on Tuesday."),
        ("en", "Baku denies that its forces opened fire near Sotk on Tuesday."),
        ("ru", "Во вторник войска вошли в район без единого выстрела."),
        ("ru", "Минобороны опровергло сообщения об обстреле Сотка во вторник."),
        (
            "ru",
            "Сообщение о том, что якобы во вторник армянские войска открыли огонь у Сотка, "
            "не соответствует действительности.",
        ),
    ],
)
def test_negated_or_denied_fire_is_no_fact(lang: str, text: str) -> None:
    """The guide's negation: fire the sentence says did not happen, or a report of fire the
    speaker denies ("якобы" marks the claim as false), is no HostilitiesReported."""
    assert article_facts(text, lang, "HostilitiesReported", DAY) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On Tuesday Armenian troops shelled Tovuz, the ministry said."),
        ("ru", "Во вторник армянские войска обстреляли Сотк, сообщило Минобороны."),
    ],
)
def test_asserted_fire_stays(lang: str, text: str) -> None:
    """The same fire told without a denial is a fact."""
    assert len(article_facts(text, lang, "HostilitiesReported", DAY)) == 1


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Thousands of families left Stepanakert because of the fighting."),
        ("en", "The minister will host both envoys later this week amid clashes in Karabakh."),
        ("en", "Schools in Martuni stayed closed due to the shelling."),
        ("ru", "Тысячи семей покинули Степанакерт из-за боевых действий."),
        ("ru", "На фоне столкновений в Карабахе министр примет обоих послов."),
    ],
)
def test_fighting_as_cause_or_backdrop_is_no_episode(lang: str, text: str) -> None:
    """The guide: the war as background with no place or time of its own is no fact; fighting
    governed by "because of", "amid", "из-за", "на фоне" is the cause or the backdrop of the
    clause's own event."""
    assert article_facts(text, lang, "HostilitiesReported", DAY) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Villagers fled because of the fighting in Martuni on September 27, 2020."),
        ("ru", "Жители бежали из-за боёв 27 сентября 2020 года в Мартуни."),
    ],
)
def test_backdrop_fighting_with_its_own_date_stays(lang: str, text: str) -> None:
    """Fighting named as a cause but with its own date is an episode the text places in time."""
    assert len(article_facts(text, lang, "HostilitiesReported", DAY)) == 1
