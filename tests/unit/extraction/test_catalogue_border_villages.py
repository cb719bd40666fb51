"""A border village is a place, not the border (sentences written for the test).

"The border village of Kut", "приграничное село Сотк": the border word qualifies the settlement
noun, which names where the fire fell; the named settlement is the location, in either language,
whatever the verb or voice.
"""

import datetime as dt

from .catalogue import article_facts

DAY = dt.date(2021, 8, 28)


def _where(text: str, lang: str) -> list[object]:
    return [f["location"] for f in article_facts(text, lang, "HostilitiesReported", DAY)]


def test_fire_on_a_border_village_is_at_the_village() -> None:
    text = "Azerbaijani forces opened fire on the border village of Sotk on Friday."
    assert _where(text, "en") == ["Sotk"]


def test_a_border_village_shelled_in_the_passive_is_the_place() -> None:
    text = "The Armenian border village of Kut was shelled by Azerbaijani troops on Friday."
    assert _where(text, "en") == ["Kut, Armenia"]


def test_russian_fire_on_a_border_village_is_at_the_village() -> None:
    text = "Вчера вечером ВС Азербайджана открыли огонь по приграничному селу Кут."
    assert _where(text, "ru") == ["Kut, Armenia"]


def test_russian_border_village_came_under_fire() -> None:
    text = "Приграничное село Сотк в пятницу подверглось обстрелу со стороны Азербайджана."
    assert _where(text, "ru") == ["Sotk"]
