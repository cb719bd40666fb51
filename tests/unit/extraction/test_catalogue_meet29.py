"""Wave 29 meetings (sentences written for the test).

A decision or an agreement whose object is holding a meeting ("принято решение о проведении
встречи", "договоренность о проведении трехсторонней встречи", "the decision to hold a summit")
is a process commitment, not an AgreementSigned (the guide), whoever took it.
"""

from .catalogue import article_facts


def _parties(text: str, lang: str, kind: str = "AgreementSigned") -> list[set[str]]:
    return [set(f.get("parties") or []) for f in article_facts(text, lang, kind)]


def test_a_russian_decision_to_hold_a_meeting_is_no_agreement() -> None:
    text = (
        "После переговоров с Алиевым и Пашиняном принято решение о проведении встречи в "
        "декабре в Брюсселе."
    )
    assert _parties(text, "ru") == []


def test_a_russian_agreement_on_a_trilateral_meeting_is_no_agreement() -> None:
    text = (
        "Лавров сообщил, что договоренность о проведении трехсторонней встречи России, "
        "Армении и Азербайджана была достигнута в начале месяца."
    )
    assert _parties(text, "ru") == []


def test_leaders_deciding_to_hold_talks_in_russian_is_no_agreement() -> None:
    text = "Пашинян и Алиев приняли решение провести новый раунд переговоров в Москве."
    assert _parties(text, "ru") == []


def test_an_english_decision_to_hold_a_summit_is_no_agreement() -> None:
    text = (
        "Armenia and Azerbaijan made a decision to hold a trilateral meeting in Brussels "
        "in December."
    )
    assert _parties(text, "en") == []


def test_an_english_agreement_on_holding_bilateral_talks_is_no_agreement() -> None:
    text = (
        "The agreement of Pashinyan and Aliyev on holding bilateral talks was reached in "
        "early December, Lavrov said."
    )
    assert _parties(text, "en") == []


def test_a_decision_to_create_a_commission_is_still_an_agreement() -> None:
    text = "Пашинян и Алиев приняли решение о создании совместной пограничной комиссии."
    assert _parties(text, "ru") == [{"Armenia", "Azerbaijan"}]
