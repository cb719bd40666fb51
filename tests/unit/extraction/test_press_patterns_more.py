"""More constructions seen in real press (sentences written for the test)."""

import datetime as dt

from services.extraction import extract_article
from services.extraction.models import ExtractedFact


def _facts(text: str, published: dt.date, kind: str, lang: str = "en") -> list[ExtractedFact]:
    return [f for f in extract_article(text, published, lang).facts if f.kind == kind]


def test_names_listed_before_plural_districts_are_the_districts() -> None:
    text = "The army liberated villages in the Fizuli, Jabrayil and Zangilan districts."
    facts = _facts(text, dt.date(2020, 10, 20), "TerritoryTransferred")
    assert {f.arguments["territory"] for f in facts} == {
        "Fuzuli District",
        "Jabrayil District",
        "Zangilan District",
    }


def test_a_service_of_a_state_takes_control_for_that_state() -> None:
    text = "24 мая пограничная служба Азербайджана взяла под контроль села в Газахском районе"
    (fact,) = _facts(text + ".", dt.date(2024, 5, 25), "TerritoryTransferred", "ru")
    assert fact.arguments["to"] == "Azerbaijan"
    assert fact.arguments["territory"] == "Qazakh District"


def test_an_institution_releasing_a_statement_speaks() -> None:
    text = "The Armenian Foreign Ministry released a statement on the talks in Washington."
    (fact,) = _facts(text, dt.date(2023, 5, 2), "StatementMade")
    assert fact.arguments["speaker"] == "Ministry of Foreign Affairs (Armenia)"
