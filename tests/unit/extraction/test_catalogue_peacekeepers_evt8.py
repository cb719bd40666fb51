"""Peacekeepers moving out of an area (evt8; sentences written for the test)."""

import datetime as dt

import pytest

from .catalogue import article_facts

DAY = dt.date(2024, 4, 23)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russian peacekeepers arrived in Goris from Nagorno-Karabakh on Tuesday."),
        (
            "en",
            "Columns of Russian peacekeepers from Karabakh arrived at temporary points in Sisian.",
        ),
        ("ru", "Российские миротворцы прибыли из Карабаха в Горис."),
        (
            "ru",
            "В Ереване сообщили о прибытии российских миротворцев из Нагорного Карабаха во "
            "временные пункты в Сисиане.",
        ),
    ],
)
def test_peacekeepers_arriving_from_an_area_withdraw_from_it(lang: str, text: str) -> None:
    """The source of a movement ("from", "из") is the area the force left: a withdrawal from
    it, wherever the force arrives (also at a temporary point)."""
    left = article_facts(text, lang, "PeacekeepersWithdrawn", DAY)
    assert [f["area"] for f in left] == ["Nagorno-Karabakh"]
    assert article_facts(text, lang, "PeacekeepersDeployed", DAY) == []


def test_peacekeepers_arriving_from_home_are_deployed_where_they_arrive() -> None:
    """A source outside the conflict (a city of the force's own state) is no area left."""
    text = "Russian peacekeepers arrived in Stepanakert from Ulyanovsk on Tuesday."
    assert article_facts(text, "en", "PeacekeepersWithdrawn", DAY) == []
    assert [f["area"] for f in article_facts(text, "en", "PeacekeepersDeployed", DAY)] == [
        "Stepanakert"
    ]
