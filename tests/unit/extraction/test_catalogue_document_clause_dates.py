"""A date in a clause that describes the document a transfer follows ("under the deal reached
in November", "по соглашению, заключенному в ноябре") dates that document, not the transfer
(sentences written for the test)."""

import datetime as dt

from .catalogue import article_facts

LATER = dt.date(2021, 6, 1)


def _moved(text: str, lang: str, day: dt.date = LATER) -> list[tuple[object, object]]:
    facts = article_facts(text, lang, "TerritoryTransferred", day)
    return [(f["territory"], f.get("date")) for f in facts]


def test_a_russian_participle_dates_the_agreement() -> None:
    text = (
        "Кельбаджарский район отошел Азербайджану по трехстороннему соглашению, "
        "заключенному в ноябре."
    )
    assert _moved(text, "ru") == [("Kalbajar District", "2020-11-25")]


def test_a_russian_participle_of_reaching_dates_the_truce() -> None:
    text = (
        "Агдамский район вернули Азербайджану по соглашению о прекращении огня, "
        "достигнутому в ноябре."
    )
    assert _moved(text, "ru") == [("Aghdam District", "2020-11-20")]


def test_an_english_relative_clause_dates_the_truce() -> None:
    text = (
        "The Agdam district is among the lands Armenia ceded to Azerbaijan under the truce "
        "that ended the war in November."
    )
    assert _moved(text, "en") == [("Aghdam District", "2020-11-20")]


def test_an_english_participle_of_reaching_dates_the_deal() -> None:
    text = "The Lachin district was returned to Azerbaijan under a peace deal reached in November."
    assert _moved(text, "en") == [("Lachin District", "2020-12-01")]


def test_a_date_after_the_transfer_verb_stays_the_transfers() -> None:
    text = "Under the agreement, the Kalbajar district was handed to Azerbaijan on November 25."
    assert _moved(text, "en") == [("Kalbajar District", "2020-11-25")]
    text = "Согласно соглашению, Лачинский район перешел под контроль Азербайджана 1 декабря."
    assert _moved(text, "ru") == [("Lachin District", "2020-12-01")]
