"""A document named as the text whose provisions, terms or implementation are at stake is
cited, not signed in the news (sentences written for the test): "the need to implement the
provisions of the trilateral statement signed by the leaders", "выполнение положений
трехстороннего заявления". Written after November 2020, the trilateral statement of the two
sides and Russia is the ceasefire of 9 November 2020 (one document, one fact), never an
agreement signed on the news day."""

import datetime as dt

import pytest

from .catalogue import facts_of

CASES = [
    (
        "en",
        "The ministers stressed the need to implement all the provisions of the trilateral "
        "statements signed by the Azerbaijani, Armenian and Russian leaders.",
        dt.date(2022, 7, 19),
    ),
    (
        "en",
        "Baku insists on the full implementation of the trilateral statement signed by the "
        "leaders of Russia, Azerbaijan and Armenia, the ministry said.",
        dt.date(2021, 9, 2),
    ),
    (
        "ru",
        "Стороны подчеркнули важность выполнения положений трехстороннего заявления, "
        "подписанного лидерами России, Азербайджана и Армении.",
        dt.date(2022, 3, 14),
    ),
    (
        "ru",
        "Москва призвала к реализации трехстороннего заявления, которое подписали президенты "
        "России и Азербайджана и премьер-министр Армении.",
        dt.date(2021, 6, 8),
    ),
]


@pytest.mark.parametrize(("lang", "sentence", "day"), CASES)
def test_provisions_of_the_statement_cite_the_truce(lang: str, sentence: str, day: dt.date) -> None:
    text = f"Talks\n\nThe weather was fine.\n\n{sentence}\n\nThe weather was fine."
    if lang == "ru":
        text = f"Переговоры\n\nПогода была хорошей.\n\n{sentence}\n\nПогода была хорошей."
    assert facts_of(text, lang, "AgreementSigned", day) == []
    truces = facts_of(text, lang, "CeasefireAgreed", day)
    assert [t.get("mediator") for t in truces] == ["Russia"]
    assert all(str(t.get("date") or "2020-11")[:7] == "2020-11" for t in truces)
