"""Peacekeepers monitoring an area are deployed there (the guide: "patrol, control or monitor
an area"; terr13, sentences written for the test)."""

import datetime as dt

import pytest

from .catalogue import article_facts

DAY = dt.date(2022, 6, 1)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russian peacekeepers are monitoring the ceasefire in Nagorno-Karabakh."),
        ("en", "Russian peacekeepers monitored the line of contact in Nagorno-Karabakh."),
        (
            "ru",
            "Российские миротворцы ведут круглосуточный мониторинг на 20 наблюдательных постах "
            "в Нагорном Карабахе.",
        ),
    ],
)
def test_peacekeepers_monitoring_an_area_are_deployed(lang: str, text: str) -> None:
    deployed = article_facts(text, lang, "PeacekeepersDeployed", DAY)
    assert [f.get("area") for f in deployed] == ["Nagorno-Karabakh"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "EU monitors are monitoring the border of Armenia."),
        ("en", "Russian peacekeepers will monitor the ceasefire in Nagorno-Karabakh."),
    ],
)
def test_monitors_and_future_monitoring_are_no_deployment(lang: str, text: str) -> None:
    """Monitors are no peacekeepers; future monitoring is no deployment yet."""
    assert article_facts(text, lang, "PeacekeepersDeployed", DAY) == []
