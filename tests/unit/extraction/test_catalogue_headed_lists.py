"""Places coordinated each with its own head noun (sentences written for the test): "the city
of Lachin, as well as the villages of Zabukh and Sus", "город Лачин, а также сёла Забух и Сус"
are one list, and each listed place is its own fact with the same from/to/date (the guide,
settled in the ninth session)."""

import datetime as dt

import pytest

from .catalogue import article_facts

DAY = dt.date(2022, 8, 26)


def _moved(text: str, lang: str) -> list[str]:
    facts = article_facts(text, lang, "TerritoryTransferred", DAY)
    return sorted(str(f["territory"]) for f in facts)


def test_city_as_well_as_villages_taken() -> None:
    text = (
        "The army has taken full control of the city of Lachin, as well as the villages of "
        "Zabukh and Sus, the commander said."
    )
    assert _moved(text, "en") == ["Lachin", "Sus, Lachin", "Zabukh"]


def test_russian_city_and_also_villages_taken() -> None:
    text = "Азербайджанская армия взяла под контроль город Лачин, а также сёла Забух и Сус."
    assert _moved(text, "ru") == ["Lachin", "Sus, Lachin", "Zabukh"]


@pytest.mark.xfail(
    strict=True,
    reason="a handover of several villages is still one fact (transfer_lists.one_per_list): "
    "splitting it was neutral on dev half B (wave 23) and left for the lead",
)
def test_passive_town_and_villages_handed_over() -> None:
    text = (
        "The town of Lachin and the villages of Xeyrimli and Qizilhacili were handed over to "
        "Azerbaijan on Friday."
    )
    assert _moved(text, "en") == ["Lachin", "Gizilhajili", "Kheyrimli"]


def test_district_as_well_as_a_town_liberated() -> None:
    text = "Azerbaijani troops liberated the Jabrayil district as well as the town of Hadrut."
    assert _moved(text, "en") == ["Hadrut", "Jabrayil District"]


@pytest.mark.xfail(
    strict=True,
    reason="a handover of several villages is still one fact (transfer_lists.one_per_list): "
    "splitting it was neutral on dev half B (wave 23) and left for the lead",
)
def test_russian_handover_of_a_city_and_villages() -> None:
    text = "Армения передала Азербайджану город Лачин и сёла Забух и Сус."
    assert _moved(text, "ru") == ["Lachin", "Sus, Lachin", "Zabukh"]
