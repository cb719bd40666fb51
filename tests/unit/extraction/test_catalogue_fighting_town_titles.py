"""Towns of the front named by their Wikipedia titles (fight27; sentences written for the test).

The guide names towns and cities by their English Wikipedia title: the Karabakh town of Martuni
is "Khojavend". The Azerbaijani town of Tartar, whose title only adds the country to tell it from
the disambiguation page ("Tartar, Azerbaijan"), is named "Tartar", the name every gold accepts.
"""

import datetime as dt

import pytest

from .catalogue import article_facts

DAY = dt.date(2020, 10, 14)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Armenian artillery shelled the town of Tartar on Wednesday morning."),
        pytest.param(
            "en",
            "Two civilians were killed when rockets hit Terter overnight, Baku said.",
            # a rocket that hits a place is not yet read as a strike (a gap of detection, not
            # of naming; seen in no two development articles, so left alone)
            marks=pytest.mark.xfail(strict=True, reason="projectile hitting a place unread"),
        ),
        ("ru", "Армянские войска в среду обстреляли город Тертер."),
        (
            "ru",
            "Утром 14 октября Тертер подвергся ракетному обстрелу, погибли двое мирных жителей.",
        ),
    ],
)
def test_tartar_town_takes_its_wikipedia_title(lang: str, text: str) -> None:
    """The shelled town is "Tartar", not a gazetteer-made "(city)" title."""
    fought = article_facts(text, lang, "HostilitiesReported", DAY)
    assert [f["location"] for f in fought] == ["Tartar"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Azerbaijani forces shelled Martuni on Wednesday, the Karabakh army said."),
        ("en", "A shell hit a house in Khojavend this morning, wounding a woman."),
        ("ru", "В среду азербайджанские войска обстреляли Мартуни."),
        ("ru", "Утром город Мартуни подвергся ракетному обстрелу, ранена женщина."),
    ],
)
def test_martuni_town_takes_its_wikipedia_title(lang: str, text: str) -> None:
    """The Karabakh town of Martuni has the Wikipedia title "Khojavend"."""
    fought = article_facts(text, lang, "HostilitiesReported", DAY)
    assert [f["location"] for f in fought] == ["Khojavend"]
