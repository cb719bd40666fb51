"""A document's parties are the agents named with it (sentences written for the test).

The README: AgreementSigned is "a document was signed or a deal agreed" by its parties. The
agent phrase of the document noun ("the statement by X and Y", "the agreement between X and Y",
"signed by X and Y", "соглашение между X и Y") names who made it; a state that welcomes,
hails or supports the document in the same sentence is not a party.
"""

import datetime as dt

import pytest

from .catalogue import article_facts

DAY = dt.date(2023, 12, 8)


def _parties(text: str, lang: str) -> list[set[str]]:
    facts = article_facts(text, lang, "AgreementSigned", DAY)
    return [set(f["parties"] or []) for f in facts]  # type: ignore[arg-type]


SIDES = {"Armenia", "Azerbaijan"}


@pytest.mark.xfail(reason="'welcomes the statement' in the present alone is read as no document")
def test_a_welcomer_of_a_statement_by_two_states_is_no_party() -> None:
    text = (
        "Russia welcomes the statement by Armenia and Azerbaijan on their intention to sign "
        "a peace treaty."
    )
    assert _parties(text, "en") == [SIDES]


def test_a_welcomer_of_a_statement_signed_by_two_states_is_no_party() -> None:
    text = "France welcomed the joint statement signed by Armenia and Azerbaijan on Thursday."
    assert _parties(text, "en") == [SIDES]


def test_a_state_hailing_an_agreement_between_two_capitals_is_no_party() -> None:
    text = "The United States hailed the agreement between Baku and Yerevan signed on Thursday."
    assert _parties(text, "en") == [SIDES]


def test_russian_welcomer_of_an_agreement_between_two_states_is_no_party() -> None:
    text = "Турция приветствовала соглашение между Арменией и Азербайджаном, подписанное в четверг."
    assert _parties(text, "ru") == [SIDES]


def test_a_third_state_named_in_the_agent_phrase_is_a_party() -> None:
    text = (
        "France welcomed the agreements signed by the leaders of Azerbaijan, Armenia and Russia "
        "in Moscow on Thursday."
    )
    assert _parties(text, "en") == [SIDES | {"Russia"}]
