"""Villages listed with the districts that locate them (sentences written for the test).

The guide (settled in the ninth session): several territories in one clause are one fact per
territory. Villages the gazetteer does not know, listed group by group with their districts
("A and B villages of the Fuzuli district; C villages of the Jabrayil district"), are one list:
each district stands for its villages and is a fact with the same from/to/date.
"""

import datetime as dt

import pytest

from .catalogue import article_facts

DAY = dt.date(2020, 11, 9)


def _moved(text: str, lang: str) -> list[str]:
    facts = article_facts(text, lang, "TerritoryTransferred", DAY)
    return sorted(str(f["territory"]) for f in facts)


def test_village_groups_of_two_districts_joined_by_and() -> None:
    text = (
        "The army liberated Qaraqoyunlu and Dashkend villages of the Fuzuli district and "
        "Alakhanli villages of the Jabrayil district on Monday."
    )
    assert _moved(text, "en") == ["Fuzuli District", "Jabrayil District"]


@pytest.mark.xfail(strict=True, reason="the sentence splitter (razdel) ends a sentence at ';'")
def test_village_groups_of_provinces_after_a_copula_joined_by_semicolons() -> None:
    text = (
        "Among the villages liberated on Monday are Qaraqoyunlu and Dashkend villages of "
        "Fuzuli province; Alakhanli villages of Jabrayil province; and Shahvelli villages of "
        "Zangilan province, the president said."
    )
    assert _moved(text, "en") == ["Fuzuli District", "Jabrayil District", "Zangilan District"]


def test_village_groups_with_their_district_in_parentheses() -> None:
    text = (
        "Azerbaijani troops liberated Qaraqoyunlu, Dashkend villages (Fuzuli district), and "
        "Alakhanli villages (Jabrayil district) on Monday."
    )
    assert _moved(text, "en") == ["Fuzuli District", "Jabrayil District"]


def test_passive_village_groups_returned() -> None:
    text = (
        "Qaraqoyunlu villages of the Fuzuli district and Alakhanli villages of the Jabrayil "
        "district were returned to Azerbaijan on Monday."
    )
    assert _moved(text, "en") == ["Fuzuli District", "Jabrayil District"]


def test_russian_village_groups_with_genitive_districts() -> None:
    text = (
        "Армия Азербайджана освободила сёла Гараголу и Дашкенд Физулинского района и село "
        "Алаханлы Джебраильского района."
    )
    assert _moved(text, "ru") == ["Fuzuli District", "Jabrayil District"]


def test_russian_villages_in_a_list_of_districts() -> None:
    text = (
        "Азербайджанская армия освободила семь сёл в Тертерском, Джебраильском и Физулинском "
        "районах."
    )
    assert _moved(text, "ru") == ["Fuzuli District", "Jabrayil District", "Tartar District"]
