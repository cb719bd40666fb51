"""Shooting at someone is fire (fight27; sentences written for the test).

The guide counts fire as fighting: a side that shoots at soldiers, positions or vehicles
("shot at", "shooting at", "стреляли по", "открыли стрельбу") fires, whatever the verb.
"""

import datetime as dt

import pytest

from .catalogue import article_facts

DAY = dt.date(2023, 5, 18)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Azerbaijani soldiers shot at an Armenian post near Sotk on Wednesday."),
        (
            "en",
            "Near Sotk, troops of the other side have been shooting at our positions since noon.",
        ),
        (
            "en",
            "The Armenian side shoots at Azerbaijani positions near Sotk every night, Baku said.",
        ),
        ("ru", "В среду азербайджанские военные стреляли по армянским позициям у Сотка."),
        ("ru", "Армянские подразделения открыли стрельбу по позициям у села Сотк."),
        ("ru", "У Сотка противник стрелял по нашим постам из стрелкового оружия, сообщили в МО."),
    ],
)
def test_shooting_at_a_target_is_fire_at_the_place(lang: str, text: str) -> None:
    """Shooting at a target near a named place is fighting there."""
    fought = article_facts(text, lang, "HostilitiesReported", DAY)
    assert [f["location"] for f in fought] == ["Sotk"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The film was shot at a studio in Sotk last summer."),
        ("ru", "Спортсмены стреляли по мишеням на стрельбище в Сотке."),
    ],
)
def test_a_film_or_a_target_range_is_no_fire(lang: str, text: str) -> None:
    """A film shot at a studio and shooting at targets on a range are no fighting."""
    assert article_facts(text, lang, "HostilitiesReported", DAY) == []
