"""Villages and districts handed over in one list (sentences written for the test).

The guide (settled in the ninth session): "several territories named in one clause: one fact
per territory, each with the same from/to/date; a district or province given as the location
of a village stays as an alternative in each fact", so the district that only locates the
villages is no fact of its own.
"""

import datetime as dt

from .catalogue import article_facts

DAY = dt.date(2024, 5, 24)


def _moved(text: str, lang: str, kind: str = "TerritoryTransferred") -> list[str]:
    return sorted(str(f["territory"]) for f in article_facts(text, lang, kind, DAY))


def test_villages_returned_in_a_district_are_one_handover_each() -> None:
    text = (
        "The villages of Xeyrimli and Aşağı Əskipara in the Gazakh district were returned "
        "to Azerbaijan on Friday."
    )
    assert _moved(text, "en") == ["Aşağı Əskipara", "Xeyrimli"]


def test_russian_villages_returned_within_a_district_are_one_handover_each() -> None:
    text = "Азербайджану возвращены сёла Хейримли и Ашагы Аскипара в составе Газахского района."
    assert _moved(text, "ru") == ["Aşağı Əskipara", "Xeyrimli"]


def test_villages_handed_over_with_no_district_are_one_handover_each() -> None:
    text = (
        "Armenia handed the villages of Xeyrimli, Aşağı Əskipara and Qizilhacili over to "
        "Azerbaijan on Friday."
    )
    assert _moved(text, "en") == ["Aşağı Əskipara", "Qızılhacılı", "Xeyrimli"]


def test_russian_active_handover_of_villages_keeps_giver_and_receiver_for_each() -> None:
    text = "Армения в пятницу передала Азербайджану сёла Хейримли, Гызылгаджылы и Ашагы Аскипара."
    facts = article_facts(text, "ru", "TerritoryTransferred", DAY)
    assert len(facts) == 3
    assert {(f["from"], f["to"], f["date"]) for f in facts} == {
        ("Armenia", "Azerbaijan", "2024-05-24")
    }


def test_a_scheduled_handover_of_villages_in_a_genitive_district_is_one_fact_each() -> None:
    text = (
        "Сёла Хейримли и Ашагы Аскипара Газахского района должны быть переданы Азербайджану "
        "до 24 мая."
    )
    assert _moved(text, "ru", "TerritoryTransferScheduled") == ["Aşağı Əskipara", "Xeyrimli"]


def test_villages_handed_over_with_their_district_after_them_in_english() -> None:
    text = (
        "Armenia returned Xeyrimli and Qizilhacili, two villages of the Gazakh district, "
        "to Azerbaijan on Friday."
    )
    assert _moved(text, "en") == ["Qızılhacılı", "Xeyrimli"]


def test_villages_taken_in_fighting_stay_one_fact_each() -> None:
    text = "The army liberated the villages of Xeyrimli and Aşağı Əskipara on Friday, Baku said."
    assert _moved(text, "en") == ["Aşağı Əskipara", "Xeyrimli"]


def test_districts_handed_over_in_one_list_are_one_fact_each() -> None:
    text = "Ереван также передал Баку Кельбаджарский, Лачинский и Агдамский районы."
    assert _moved(text, "ru") == ["Aghdam District", "Kalbajar District", "Lachin District"]


def test_english_districts_with_a_shared_head_noun_are_one_fact_each() -> None:
    text = "Armenia handed the Aghdam, Kalbajar and Lachin districts over to Azerbaijan on Friday."
    assert _moved(text, "en") == ["Aghdam District", "Kalbajar District", "Lachin District"]
