"""Peacekeepers sent are not yet deployed (sentences written for the test).

The guide: peacekeepers are deployed "when the text says they arrived, took up positions,
patrol, control or monitor an area"; "were sent to the region (были направлены) alone is no
deployment". A verb of sending tells the dispatch of a force, not its taking up positions, in
any tense or voice; a verb of arriving or taking up posts in the same sentence still tells one.
"""

import datetime as dt

from .catalogue import article_facts

DAY = dt.date(2020, 11, 12)


def _deployed(text: str, lang: str) -> list[dict[str, object]]:
    return article_facts(text, lang, "PeacekeepersDeployed", DAY)


def test_russian_passive_sent_to_the_region_is_no_deployment() -> None:
    assert (
        _deployed("После этого российские миротворцы были направлены в Карабахский регион.", "ru")
        == []
    )


def test_russian_active_sending_is_no_deployment() -> None:
    assert _deployed("Москва направила в Нагорный Карабах российских миротворцев.", "ru") == []


def test_english_active_sending_is_no_deployment() -> None:
    assert _deployed("Russia sent peacekeepers to Nagorno-Karabakh on Tuesday.", "en") == []


def test_english_passive_sending_is_no_deployment() -> None:
    assert _deployed("Russian peacekeepers are being sent to Nagorno-Karabakh.", "en") == []


def test_sent_peacekeepers_who_took_up_posts_are_deployed() -> None:
    text = "Российские миротворцы, направленные в Карабах, заступили на посты в Лачинском коридоре."
    assert len(_deployed(text, "ru")) == 1


def test_sent_peacekeepers_who_arrived_are_deployed() -> None:
    text = "Russian peacekeepers sent to the region arrived in Stepanakert on Thursday."
    assert len(_deployed(text, "en")) == 1
