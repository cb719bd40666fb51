"""Villages handed over in one list (sentences written for the test).

The guide: "several territories named in one clause (the four villages): one fact, the
territories as alternatives". A handover of a list of villages is one fact, named by the district
the clause says contains them, else by the first village; villages taken in fighting stay one
fact each.
"""

import datetime as dt

from .catalogue import article_facts

DAY = dt.date(2024, 5, 24)


def _moved(text: str, lang: str, kind: str = "TerritoryTransferred") -> list[object]:
    return [f["territory"] for f in article_facts(text, lang, kind, DAY)]


def test_villages_returned_in_a_district_are_one_handover_of_the_district() -> None:
    text = (
        "The villages of Xeyrimli and Aşağı Əskipara in the Gazakh district were returned "
        "to Azerbaijan on Friday."
    )
    assert _moved(text, "en") == ["Qazax District"]


def test_russian_villages_returned_within_a_district_are_one_handover() -> None:
    text = "Азербайджану возвращены сёла Хейримли и Ашагы Аскипара в составе Газахского района."
    assert _moved(text, "ru") == ["Qazax District"]


def test_villages_returned_with_no_district_take_the_first_village() -> None:
    text = (
        "Armenia handed the villages of Xeyrimli and Aşağı Əskipara over to Azerbaijan on Friday."
    )
    assert _moved(text, "en") == ["Kheyrimli"]


def test_a_scheduled_handover_of_villages_is_one_fact() -> None:
    text = (
        "Сёла Хейримли и Ашагы Аскипара Газахского района должны быть переданы Азербайджану "
        "до 24 мая."
    )
    assert len(_moved(text, "ru", "TerritoryTransferScheduled")) == 1


def test_villages_taken_in_fighting_stay_one_fact_each() -> None:
    text = "The army liberated the villages of Xeyrimli and Aşağı Əskipara on Friday, Baku said."
    assert sorted(str(t) for t in _moved(text, "en")) == ["Ashagi Askipara", "Kheyrimli"]
