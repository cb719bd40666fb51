"""Two documents named in one clause (sentences written for the test): each known document
the clause names by its own date, and a declaration named with its year beside a deal reached
now, is a fact of its own."""

import datetime as dt

from .catalogue import facts_of


def test_a_second_known_document_in_the_clause_is_its_own_fact() -> None:
    day = dt.date(2022, 3, 1)
    for lang, text in (
        (
            "en",
            "The talks will review the 9 November 2020 trilateral statement as well as the "
            "11 January 2021 document, both signed by the three leaders.",
        ),
        (
            "ru",
            "Стороны обсудят исполнение трехстороннего заявления от 9 ноября 2020 года, а также "
            "документа от 11 января 2021 года, подписанных тремя лидерами.",
        ),
    ):
        (deal,) = facts_of(text, lang, "AgreementSigned", day)
        assert deal["date"] == "2021-01-11"
        assert sorted(deal["parties"]) == ["Armenia", "Azerbaijan", "Russia"]
        (truce,) = facts_of(text, lang, "CeasefireAgreed", day)
        assert truce["date"] == "2020-11-09"


def test_a_declaration_of_its_year_beside_a_deal_reached_now() -> None:
    day = dt.date(2024, 5, 2)
    text = (
        "Armenia and Azerbaijan agreed on May 1 that the border commissions will work on the "
        "basis of the Almaty Declaration of 1991."
    )
    dates = sorted(str(s["date"]) for s in facts_of(text, "en", "AgreementSigned", day))
    assert dates == ["1991", "2024-05-01"]
