"""The vocabulary of agreements and truces (data/agreements.toml), one sentence written for the
test per dictionary entry: every way of saying a deal was signed or a truce agreed gives the
fact, with the two sides as its parties."""

import pytest

from .catalogue import article_facts

SIDES = ["Armenia", "Azerbaijan"]

SIGNED = [
    ("ru", "Армения и Азербайджан подписывают соглашение о границе."),
    ("ru", "Армения и Азербайджан заключают соглашение о границе."),
    ("ru", "Армения и Азербайджан пришли к соглашению о делимитации границы."),
    ("ru", "Армения и Азербайджан условились о делимитации границы."),
    ("ru", "Армения и Азербайджан подписали пакт о ненападении."),
    ("en", "Armenia and Azerbaijan struck a deal on transport links."),
    ("en", "Armenia and Azerbaijan clinched an accord on transport links."),
    ("en", "Armenia and Azerbaijan finalized an agreement on the border."),
    ("en", "Armenia and Azerbaijan hammered out a deal on transport links."),
    ("en", "Armenia and Azerbaijan came to an agreement on border delimitation."),
    ("en", "Armenia and Azerbaijan sealed a pact on the border."),
]

TRUCES = [
    ("ru", "Армения и Азербайджан договорились остановить боевые действия."),
    ("ru", "Армения и Азербайджан договорились о прекращении военных действий."),
    ("ru", "Армения и Азербайджан договорились прекратить стрельбу."),
    ("en", "Armenia and Azerbaijan agreed to cease fire."),
    ("en", "Armenia and Azerbaijan agreed to a halt to fighting."),
    ("en", "Armenia and Azerbaijan agreed to end the fighting."),
    ("en", "Armenia and Azerbaijan agreed to stop the fighting in Nagorno-Karabakh."),
    ("en", "Armenia and Azerbaijan agreed to an armistice."),
]

NOTHING = [
    # a communique reports a meeting; it binds nobody
    ("en", "A joint communique of Armenia and Azerbaijan was adopted after the talks."),
    # asked for, not agreed
    ("en", "The European Union called for an end to the fighting between Armenia and Azerbaijan."),
    ("en", "Macron urged Armenia and Azerbaijan to stop the fighting."),
    ("ru", "Евросоюз призвал Армению и Азербайджан остановить боевые действия."),
]


@pytest.mark.parametrize(("lang", "text"), SIGNED)
def test_a_deal_signed_or_reached(lang: str, text: str) -> None:
    facts = article_facts(text, lang, "AgreementSigned")
    assert [sorted(f["parties"]) for f in facts] == [SIDES]  # type: ignore[arg-type]


@pytest.mark.parametrize(("lang", "text"), TRUCES)
def test_a_truce_agreed(lang: str, text: str) -> None:
    facts = article_facts(text, lang, "CeasefireAgreed")
    assert [sorted(f["parties"]) for f in facts] == [SIDES]  # type: ignore[arg-type]


def test_agreeing_to_end_the_fighting_is_not_the_end_of_the_last_war() -> None:
    # "ended six weeks of fighting" dates by the war's end; "agreed to end the fighting" is news
    text = "Armenia and Azerbaijan agreed to end the fighting."
    facts = article_facts(text, "en", "CeasefireAgreed")
    assert [f["date"] for f in facts] == ["2022-10-20"]


@pytest.mark.parametrize(("lang", "text"), NOTHING)
def test_no_deal_or_truce(lang: str, text: str) -> None:
    for kind in ("AgreementSigned", "CeasefireAgreed"):
        assert article_facts(text, lang, kind) == []


ENDING = [
    ("ru", "Армения и Азербайджан подписали соглашение, завершившее боевые действия."),
    ("en", "Russia brokered a deal ending the bloodshed between Armenia and Azerbaijan."),
    ("en", "Armenia and Azerbaijan signed a deal ending the hostilities."),
]


@pytest.mark.parametrize(("lang", "text"), ENDING)
def test_a_deal_that_ends_the_fighting_is_a_truce(lang: str, text: str) -> None:
    # one document, one fact: the deal that stops the fighting is the ceasefire, nothing else
    assert article_facts(text, lang, "AgreementSigned") == []
    facts = article_facts(text, lang, "CeasefireAgreed")
    assert [sorted(f["parties"]) for f in facts] == [SIDES]  # type: ignore[arg-type]
