"""Armenian border towns under their Azerbaijani names (fight27; sentences written for the test).

The Azerbaijani press names Armenian towns by their Azerbaijani names: Zod is Sotk,
Basarkechar is Vardenis, Gorus is Goris, Gafan is Kapan. The guide names a place by its
Wikipedia title, whatever name the text gives it.
"""

import datetime as dt

import pytest

from .catalogue import article_facts

DAY = dt.date(2023, 9, 1)


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("en", "Armenian units opened fire on our positions near Zod on Friday.", "Sotk"),
        (
            "en",
            "Azerbaijani positions in the Basarkechar direction came under fire today.",
            "Vardenis",
        ),
        ("en", "The ministry said Armenian forces shelled posts near Gorus overnight.", "Goris"),
        ("ru", "Армянские подразделения открыли огонь по нашим позициям у Зода.", "Sotk"),
        (
            "ru",
            "Сегодня наши позиции в Басаргечарском направлении подверглись обстрелу.",
            "Vardenis",
        ),
        ("ru", "Со стороны Гафана армянские военные обстреляли наши посты.", "Kapan"),
    ],
)
def test_an_azerbaijani_name_gives_the_armenian_town(lang: str, text: str, place: str) -> None:
    """The fighting is placed in the Armenian town the Azerbaijani name stands for."""
    fought = article_facts(text, lang, "HostilitiesReported", DAY)
    assert [f["location"] for f in fought] == [place]
