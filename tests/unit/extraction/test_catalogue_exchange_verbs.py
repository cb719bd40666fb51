"""Which kind an exchange is follows the verb it belongs to (sentences written for the test):
the subject of a verb of occurrence was done, the complement of "agree" is promised, and an
ordinal counts one swap among several."""

import datetime as dt

import pytest

from .catalogue import article_facts

DAY = dt.date(2021, 3, 2)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The first exchange of prisoners took place on January 20 under the principle of "
            "all for all agreed with Armenia after long negotiations.",
        ),
        (
            "en",
            "The exchange of detainees between Armenia and Azerbaijan happened on January 20, "
            "as the two sides had agreed.",
        ),
        (
            "ru",
            "Обмен военнопленными между Арменией и Азербайджаном прошел 20 января при участии "
            "Красного Креста.",
        ),
        ("ru", "20 января состоялся обмен военнопленными между Арменией и Азербайджаном."),
    ],
)
def test_an_exchange_that_took_place_was_done(lang: str, text: str) -> None:
    """The exchange the subject of "took place / happened / состоялся" is a swap done, even
    where an agreement is named beside it."""
    done = article_facts(text, lang, "PrisonersExchanged", DAY)
    assert [f.get("date") for f in done] == ["2021-01-20"]
    assert article_facts(text, lang, "PrisonerExchangeAgreed", DAY) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "As a result of the agreements reached on January 19 by Armenia and Azerbaijan, "
            "the exchange of prisoners took place.",
        ),
        (
            "ru",
            "В результате договоренностей Армении и Азербайджана, достигнутых 19 января, "
            "состоялся обмен военнопленными.",
        ),
    ],
)
def test_an_exchange_that_took_place_after_a_deal_tells_both(lang: str, text: str) -> None:
    """A swap done and the agreement the clause names by a noun: two facts, the agreement
    dated by the date told after its noun."""
    assert len(article_facts(text, lang, "PrisonersExchanged", DAY)) == 1
    agreed = article_facts(text, lang, "PrisonerExchangeAgreed", DAY)
    assert [f.get("date") for f in agreed] == ["2021-01-19"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Armenia and Azerbaijan agreed to take part in the exchange of prisoners and bodies, "
            "with security guarantees given to the Red Cross, and to share the lists of their "
            "possible exchange.",
        ),
        (
            "en",
            "Armenia and Azerbaijan agreed to participate in a swap of prisoners of war, "
            "with guarantees for the monitors and a possible review later.",
        ),
    ],
)
def test_an_exchange_in_the_complement_of_agree_is_promised(lang: str, text: str) -> None:
    """ "agreed to participate in the exchange": the swap is agreed, not done, though a hedge
    ("possible") further on belongs to another part of the clause."""
    agreed = article_facts(text, lang, "PrisonerExchangeAgreed", DAY)
    assert [sorted(map(str, f["parties"])) for f in agreed] == [["Armenia", "Azerbaijan"]]  # type: ignore[call-overload]
    assert article_facts(text, lang, "PrisonersExchanged", DAY) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Azerbaijan and Armenia have exchanged prisoners of war for the second time, a "
            "commander said on Monday.\n\nThe first exchange of prisoners between Armenia and "
            "Azerbaijan took place on December 14.",
        ),
        (
            "ru",
            "Азербайджан и Армения во второй раз обменялись военнопленными, сообщил в понедельник "
            "командующий.\n\nПервый обмен пленными между Арменией и Азербайджаном состоялся "
            "14 декабря.",
        ),
    ],
)
def test_counted_exchanges_are_two_facts(lang: str, text: str) -> None:
    """ "for the second time" and "the first exchange": two swaps, not one told twice."""
    done = article_facts(text, lang, "PrisonersExchanged", DAY)
    assert len(done) == 2
    assert "2020-12-14" in {f.get("date") for f in done}
