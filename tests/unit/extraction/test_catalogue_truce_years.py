"""A truce named with a past year is the background truce of that year, even where the sentence
tells it broken (the guide: background facts count, dated as precisely as the text dates them);
sentences written for the test."""

import datetime as dt

import pytest

from .catalogue import article_facts

DAY = dt.date(2023, 4, 24)

YEAR_NAMED = [
    ("en", "Armenia said the checkpoint was a gross violation of the 2020 ceasefire agreement."),
    ("en", "The 1994 ceasefire between Armenia and Azerbaijan was often violated."),
    ("ru", "Армения нарушила соглашение о прекращении огня 2020 года."),
]


@pytest.mark.parametrize(("lang", "text"), YEAR_NAMED)
def test_a_truce_of_a_past_year_broken_is_still_that_truce(lang: str, text: str) -> None:
    facts = article_facts(text, lang, "CeasefireAgreed", DAY)
    assert len(facts) == 1
    assert str(facts[0]["date"]) in ("2020", "1994")


def test_the_trilateral_agreement_of_2020_is_the_ceasefire_with_russia_mediating() -> None:
    text = (
        "The blockade is a violation of the 2020 trilateral agreement between Azerbaijan, "
        "Armenia and Russia."
    )
    facts = article_facts(text, "en", "CeasefireAgreed", DAY)
    assert [(sorted(f["parties"]), f["mediator"]) for f in facts] == [  # type: ignore[arg-type]
        (["Armenia", "Azerbaijan"], "Russia")
    ]
    assert str(facts[0]["date"]).startswith("2020")
    assert article_facts(text, "en", "AgreementSigned", DAY) == []


def test_a_truce_broken_with_no_year_is_no_truce_agreed() -> None:
    text = "Azerbaijan accused Armenia of violating the ceasefire."
    assert article_facts(text, "en", "CeasefireAgreed", DAY) == []
