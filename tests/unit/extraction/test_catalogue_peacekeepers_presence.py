"""A force that only "is located" somewhere is present, not deployed (the guide: arrived, took
up positions, patrol, control or monitor an area; host19, sentences written for the test)."""

import datetime as dt

import pytest

from .catalogue import article_facts

DAY = dt.date(2023, 9, 25)


@pytest.mark.parametrize(
    "text",
    [
        "Представитель Кремля добавил, что миротворцы сейчас находятся на территории Азербайджана.",
        "Миссия российских миротворцев находится в Нагорном Карабахе.",
        "Российские миротворцы находились в Нагорном Карабахе, сообщил представитель Кремля.",
        "Все миротворцы, которые находились на посту, погибли.",
    ],
)
def test_being_located_is_no_deployment(text: str) -> None:
    assert article_facts(text, "ru", "PeacekeepersDeployed", DAY) == []


@pytest.mark.parametrize(
    ("text", "area"),
    [
        (
            "Высота в Лачинском районе находится под контролем российских миротворцев.",
            "Lachin District",
        ),
        ("Российские миротворцы прибыли в Нагорный Карабах.", "Nagorno-Karabakh"),
        ("Российские миротворцы патрулируют Лачинский район.", "Lachin District"),
    ],
)
def test_control_and_arrival_stay_deployments(text: str, area: str) -> None:
    deployed = article_facts(text, "ru", "PeacekeepersDeployed", DAY)
    assert [f.get("area") for f in deployed] == [area]
