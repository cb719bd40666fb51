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
