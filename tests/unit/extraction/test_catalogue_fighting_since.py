"""Fighting or a war going on "since" a known war's first day or month is that war (war23;
sentences written for the test), even as its end is told; talks since then are no fighting."""

import datetime as dt

import pytest

from .catalogue import article_facts

WAR_END = dt.date(2020, 11, 9)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "He ordered an end to the fighting that has raged since late September."),
        ("en", "The war in Karabakh, which has lasted six weeks (since September 27), is over."),
        ("ru", "Он приказал прекратить боевые действия, которые идут с 27 сентября."),
        ("ru", "Война в Карабахе, которая длилась полтора месяца (с 27 сентября), завершилась."),
    ],
)
def test_fighting_since_the_wars_start_is_the_war(lang: str, text: str) -> None:
    fought = article_facts(text, lang, "HostilitiesReported", WAR_END)
    assert [(f["location"], f.get("date")) for f in fought] == [("Nagorno-Karabakh", "2020-09-27")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Talks between the ministers have continued since late September."),
        ("ru", "Переговоры министров продолжаются с 27 сентября."),
    ],
)
def test_talks_since_the_wars_start_are_no_fighting(lang: str, text: str) -> None:
    assert article_facts(text, lang, "HostilitiesReported", WAR_END) == []
