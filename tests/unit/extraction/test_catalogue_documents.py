"""Joint documents (sentences written for the test): a truce a statement calls for is not
agreed, and the states that issue a joint statement are its parties."""

import datetime as dt

import pytest

from .catalogue import article_facts

DAY = dt.date(2023, 10, 25)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Russia, the United States and France issued a joint statement calling for a "
            "ceasefire on October 1.",
        ),
        (
            "ru",
            "Россия, Франция и США 1 октября приняли совместное заявление с призывом к перемирию.",
        ),
    ],
)
def test_a_joint_statement_calling_for_a_truce_is_a_document(lang: str, text: str) -> None:
    assert article_facts(text, lang, "CeasefireAgreed", DAY) == []
    signed = article_facts(text, lang, "AgreementSigned", DAY)
    assert len(signed) == 1
    assert set(signed[0]["parties"]) == {"Russia", "United States", "France"}  # type: ignore[arg-type]
    assert signed[0]["date"] == "2023-10-01"
