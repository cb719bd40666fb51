"""Prisoners in a joint statement (sentences written for the test).

The guide: "Prisoners in a joint statement: AgreementSigned for the statement,
PrisonerExchangeAgreed for its prisoner clause" — one document, two kinds, so the statement's
AgreementSigned stands beside the swap agreed in it, with the same parties and day; and "a
reciprocal release agreed in a joint statement ('Baku releases 32, Yerevan releases 2') is a
PrisonerExchangeAgreed".
"""

import datetime as dt

from .catalogue import article_facts

DAY = dt.date(2023, 12, 14)
SIDES = {"Armenia", "Azerbaijan"}


def _kinds(text: str, lang: str) -> dict[str, list[dict[str, object]]]:
    kinds = ("AgreementSigned", "PrisonerExchangeAgreed")
    return {k: article_facts(text, lang, k, DAY) for k in kinds}


def test_swap_agreed_in_a_joint_statement_en() -> None:
    text = (
        "Baku and Yerevan agreed on the exchange of detainees on December 7 in a joint "
        "statement on confidence-building measures."
    )
    found = _kinds(text, "en")
    assert [f.get("date") for f in found["AgreementSigned"]] == ["2023-12-07"]
    assert found["PrisonerExchangeAgreed"]


def test_swap_agreed_in_a_joint_statement_passive_en() -> None:
    text = (
        "An exchange of prisoners was agreed by Armenia and Azerbaijan in a joint statement "
        "issued on December 7."
    )
    found = _kinds(text, "en")
    assert [f.get("date") for f in found["AgreementSigned"]] == ["2023-12-07"]


def test_swap_agreed_in_a_joint_statement_ru() -> None:
    text = (
        "Армения и Азербайджан 7 декабря договорились об обмене военнопленными в совместном "
        "заявлении."
    )
    found = _kinds(text, "ru")
    assert [f.get("date") for f in found["AgreementSigned"]] == ["2023-12-07"]
    assert found["PrisonerExchangeAgreed"]


def test_swap_in_a_joint_statement_ru_word_order() -> None:
    text = (
        "В совместном заявлении, опубликованном 7 декабря, Баку и Ереван договорились "
        "обменяться пленными."
    )
    found = _kinds(text, "ru")
    assert [f.get("date") for f in found["AgreementSigned"]] == ["2023-12-07"]


def test_a_swap_without_a_statement_gives_no_agreement() -> None:
    text = "Armenia and Azerbaijan agreed on December 7 to exchange prisoners of war."
    assert _kinds(text, "en")["AgreementSigned"] == []
