"""Peacekeepers escorting columns along a route of the area are deployed there (host21;
sentences written for the test)."""

import datetime as dt

import pytest

from .catalogue import article_facts

DAY = dt.date(2022, 5, 12)


@pytest.mark.parametrize(
    ("lang", "text", "area"),
    [
        (
            "en",
            "The peacekeepers provided escort for two Azerbaijani convoys through the Lachin "
            "corridor.",
            "Lachin corridor",
        ),
        (
            "en",
            "Russian peacekeepers escorted a column of trucks along the Lachin corridor.",
            "Lachin corridor",
        ),
        (
            "ru",
            "Три колонны азербайджанских военных сопроводили миротворцы по Лачинскому коридору.",
            "Lachin corridor",
        ),
        (
            "ru",
            "Российские миротворцы сопровождают гражданские автобусы по территории Нагорного "
            "Карабаха.",
            "Nagorno-Karabakh",
        ),
    ],
)
def test_escort_along_a_route_is_a_deployment(lang: str, text: str, area: str) -> None:
    """The escort is the force's task carried out along the route: the escorted army in the
    clause is its object, not another army moving in."""
    facts = article_facts(text, lang, "PeacekeepersDeployed", DAY)
    assert [f["area"] for f in facts] == [area]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russian peacekeepers did not escort the convoy through the Lachin corridor."),
        ("ru", "Российские миротворцы, сопровождавшие азербайджанских пограничников, вернулись."),
    ],
)
def test_escort_denied_or_without_route_is_none(lang: str, text: str) -> None:
    """A negated escort, or one with no route named, is no deployment (the guide)."""
    assert article_facts(text, lang, "PeacekeepersDeployed", DAY) == []
