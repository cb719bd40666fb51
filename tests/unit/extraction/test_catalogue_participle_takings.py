"""Takings told in a participle that modifies the territory (sentences written for the test).

A participle set off by a comma right after a region ("Karabakh, captured by Azerbaijan",
"Карабаха, перешедшего под контроль Баку") is a reduced relative clause: the region is what it
moves, and the sentence's own subject is not its agent. A taking whose agent is a state named
after "by" stays a taking beside peacekeepers the sentence names.
"""

import datetime as dt

from .catalogue import article_facts

DAY = dt.date(2024, 4, 22)


def _moved(text: str, lang: str) -> set[tuple[object, object, object]]:
    facts = article_facts(text, lang, "TerritoryTransferred", DAY)
    return {(f["territory"], f["to"], f.get("date")) for f in facts}


def test_an_english_past_participle_after_the_region_moves_the_region() -> None:
    text = "Aid trucks reached Karabakh, captured by Azerbaijan last September, on Monday."
    assert _moved(text, "en") == {("Nagorno-Karabakh", "Azerbaijan", "2023-09")}


def test_the_subject_of_the_sentence_is_not_the_participles_agent() -> None:
    text = "Russia withdrew its last units from Karabakh, retaken by Azerbaijan in September 2023."
    assert {t for t, to, _ in _moved(text, "en") if to == "Russia"} == set()
    assert ("Nagorno-Karabakh", "Azerbaijan", "2023-09") in _moved(text, "en")


def test_a_russian_active_participle_after_the_region_moves_the_region() -> None:
    text = (
        "Россия выводит свои войска из Карабаха, перешедшего под контроль Азербайджана "
        "в сентябре прошлого года."
    )
    assert _moved(text, "ru") == {("Nagorno-Karabakh", "Azerbaijan", "2023-09")}


def test_a_russian_passive_participle_after_the_region_moves_the_region() -> None:
    text = "Россия выводит войска из Карабаха, освобожденного Азербайджаном в сентябре 2023 года."
    assert _moved(text, "ru") == {("Nagorno-Karabakh", "Azerbaijan", "2023-09")}


def test_a_participle_of_another_verb_moves_nothing() -> None:
    text = "Karabakh, visited by the president last September, is now empty."
    assert _moved(text, "en") == set()


def test_a_state_taking_land_beside_peacekeepers_is_still_a_taking() -> None:
    text = (
        "Russia continued to withdraw its peacekeeping troops from the depopulated region "
        "of Karabakh, occupied by Azerbaijan last September."
    )
    assert ("Nagorno-Karabakh", "Azerbaijan", "2023-09") in _moved(text, "en")


def test_peacekeepers_entering_a_district_take_nothing() -> None:
    text = "Russian peacekeepers entered the Lachin district on Monday."
    assert _moved(text, "en") == set()
