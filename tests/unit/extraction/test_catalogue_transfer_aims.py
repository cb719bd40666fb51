"""Takings told as the aim of another act (sentences written for the test).

"To ensure the liberation of the villages, a protocol was signed", "с целью освобождения сёл":
the taking is what the act is for, not an event the text reports; the act itself stays.
"""

import datetime as dt

from .catalogue import article_facts

DAY = dt.date(2024, 5, 24)


def _moved(text: str, lang: str) -> list[dict[str, object]]:
    return article_facts(text, lang, "TerritoryTransferred", DAY)


def test_an_english_taking_as_the_aim_of_a_protocol_is_no_taking() -> None:
    text = (
        "To ensure the liberation of the villages of Xeyrimli and Aşağı Əskipara from "
        "occupation, a protocol was signed on April 19."
    )
    assert _moved(text, "en") == []
    assert len(article_facts(text, "en", "AgreementSigned", DAY)) == 1


def test_in_order_to_return_is_an_aim() -> None:
    text = "The commissions met on Friday in order to return the Aghdam district to Azerbaijan."
    assert _moved(text, "en") == []


def test_a_russian_taking_as_an_aim_is_no_taking() -> None:
    text = "С целью освобождения сёл Хейримли и Ашагы Аскипара 19 апреля был подписан протокол."
    assert _moved(text, "ru") == []


def test_the_same_taking_told_as_news_is_a_taking() -> None:
    text = "Azerbaijani border guards took control of the village of Xeyrimli on Friday."
    (fact,) = _moved(text, "en")
    assert (fact["territory"], fact["to"]) == ("Kheyrimli", "Azerbaijan")
