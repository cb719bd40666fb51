"""The two sides of a truce are opposed (sentences written for the test): when a clause names
no side, the sides filled from the article are never Armenia and Karabakh's Republic of
Artsakh together, the two of one camp."""

import datetime as dt

import pytest

from .catalogue import facts_of

DAY = dt.date(2020, 11, 6)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "Армия обороны Арцаха сообщила о потерях. Минобороны Арцаха опубликовало список. "
            "Армения выразила протест. Азербайджан это отрицает.\n\n"
            "Несмотря на объявленное перемирие, бои продолжаются.",
        ),
        (
            "en",
            "The Artsakh Defence Army reported losses. The Artsakh ombudsman said so. Armenia "
            "protested. Azerbaijan denied it.\n\nDespite the announced truce, the fighting goes "
            "on.",
        ),
    ],
)
def test_truce_sides_are_not_one_camp(lang: str, text: str) -> None:
    truces = facts_of(text, lang, "CeasefireAgreed", DAY)
    assert truces and sorted(truces[0]["parties"]) == ["Azerbaijan", "Republic of Artsakh"]
