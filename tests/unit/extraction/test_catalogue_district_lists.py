"""Districts and towns handed over in one list (sentences written for the test).

The guide: "several territories named in one clause: one fact, the territories as
alternatives", and "a handover clause naming several districts ... is one fact, the districts as
alternatives". A coordinated list of places handed over by one verb is one handover, whatever
kind of place it names; places that each carry their own date are handed over one by one.
"""

import datetime as dt

from .catalogue import article_facts

DAY = dt.date(2021, 4, 2)


def _moved(text: str, lang: str, kind: str = "TerritoryTransferred") -> list[object]:
    return [f["territory"] for f in article_facts(text, lang, kind, DAY)]


def test_districts_handed_over_in_one_list_are_one_handover() -> None:
    text = "Yerevan also handed over the Lachin, Kalbajar and Aghdam districts to Baku."
    assert len(_moved(text, "en")) == 1


def test_passive_handover_of_a_list_of_districts_is_one_fact() -> None:
    text = "The Aghdam and Kalbajar districts were returned to Azerbaijan by Armenia last year."
    assert len(_moved(text, "en")) == 1


def test_russian_list_of_districts_handed_over_is_one_fact() -> None:
    text = "Армения передала Азербайджану Агдамский, Кельбаджарский и Лачинский районы."
    assert len(_moved(text, "ru")) == 1


def test_russian_passive_list_of_districts_is_one_fact() -> None:
    text = "Кельбаджарский и Лачинский районы были возвращены Азербайджану в ноябре."
    assert len(_moved(text, "ru")) == 1


def test_scheduled_handover_of_towns_in_a_list_is_one_fact() -> None:
    text = "Armenia must hand over Lachin and Kalbajar to Azerbaijan by 1 December."
    assert len(_moved(text, "en", "TerritoryTransferScheduled")) == 1


def test_districts_with_their_own_dates_stay_one_fact_each() -> None:
    text = (
        "Armenia handed Kalbajar over to Azerbaijan on 25 November, and Lachin on 1 December."
    )
    assert len(_moved(text, "en")) == 2
