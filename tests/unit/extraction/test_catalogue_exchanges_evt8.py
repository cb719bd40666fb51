"""Prisoner exchanges done under an agreement (evt8; sentences written for the test)."""

import datetime as dt

import pytest

from .catalogue import article_facts

DAY = dt.date(2023, 12, 13)


@pytest.mark.parametrize(
    ("lang", "text", "agreed_on"),
    [
        (
            "en",
            "Armenia and Azerbaijan exchanged prisoners under the agreement reached on December 7.",
            "2023-12-07",
        ),
        (
            "en",
            "On Wednesday Armenia and Azerbaijan swapped detainees in line with an agreement "
            "announced last week.",
            "2023-12",
        ),
        (
            "ru",
            "Армения и Азербайджан обменялись военнопленными в соответствии с договоренностью, "
            "достигнутой 7 декабря.",
            "2023-12-07",
        ),
        (
            "ru",
            "Армения и Азербайджан обменялись пленными в рамках договоренности, объявленной "
            "на прошлой неделе.",
            "2023-12",
        ),
    ],
)
def test_an_exchange_done_under_an_agreement_tells_the_agreement_too(
    lang: str, text: str, agreed_on: str
) -> None:
    """A swap told as carried out "under / in line with / as part of" an agreement took
    place and had been agreed: two facts, the agreement dated only by the date told after
    its word."""
    done = article_facts(text, lang, "PrisonersExchanged", DAY)
    agreed = article_facts(text, lang, "PrisonerExchangeAgreed", DAY)
    assert len(done) == 1
    assert [(sorted(map(str, f["parties"])), f.get("date")) for f in agreed] == [  # type: ignore[call-overload]
        (["Armenia", "Azerbaijan"], agreed_on)
    ]


def test_an_exchange_agreed_to_be_done_is_no_exchange_done() -> None:
    """ "agreed to exchange prisoners under the agreement": a promise, one fact."""
    text = "Armenia and Azerbaijan agreed to exchange prisoners under the new agreement."
    assert article_facts(text, "en", "PrisonersExchanged", DAY) == []
    assert len(article_facts(text, "en", "PrisonerExchangeAgreed", DAY)) == 1
