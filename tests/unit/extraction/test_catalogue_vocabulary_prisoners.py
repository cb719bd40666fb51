"""The vocabulary of prisoner exchanges (data/agreements.toml), sentences written for the
test: "traded prisoners", "a prisoner trade", "размен пленными", hostages exchanged."""

import pytest

from .catalogue import article_facts

DONE = [
    ("en", "Armenia and Azerbaijan traded prisoners of war."),
    ("en", "Armenia and Azerbaijan exchanged hostages."),
    ("ru", "Между Арменией и Азербайджаном состоялся размен пленными."),
]


@pytest.mark.parametrize(("lang", "text"), DONE)
def test_prisoners_exchanged(lang: str, text: str) -> None:
    facts = article_facts(text, lang, "PrisonersExchanged")
    assert [sorted(f["parties"]) for f in facts] == [["Armenia", "Azerbaijan"]]  # type: ignore[arg-type]


def test_a_trade_agreed() -> None:
    text = "Armenia and Azerbaijan agreed on a prisoner trade."
    facts = article_facts(text, "en", "PrisonerExchangeAgreed")
    assert [sorted(f["parties"]) for f in facts] == [["Armenia", "Azerbaijan"]]  # type: ignore[arg-type]


PURPOSES = [
    (
        "en",
        "The sides agreed to halt hostilities after a deal was struck in Moscow to allow "
        "prisoners and the bodies of the dead to be exchanged.",
    ),
    ("ru", "Армения и Азербайджан создали комиссию, чтобы обменяться пленными."),
]


@pytest.mark.parametrize(("lang", "text"), PURPOSES)
def test_an_exchange_named_as_a_purpose_has_not_taken_place(lang: str, text: str) -> None:
    assert article_facts(text, lang, "PrisonersExchanged") == []
