"""A word standing for a region as the subject of a passive taking (sentences written for the
test): "(most of) the territory was reclaimed by Azerbaijan", "the region has been retaken" move
the region spoken of last, as "retook the region" does with the word as the object."""

import datetime as dt

from .catalogue import article_facts

DAY = dt.date(2024, 3, 12)
BEFORE = "Karabakh was held by separatists for three decades. "


def _taken(text: str) -> list[tuple[object, object]]:
    facts = article_facts(BEFORE + text, "en", "TerritoryTransferred", DAY)
    return [(f.get("territory"), f["to"]) for f in facts]


def test_most_of_the_territory_reclaimed_is_the_region() -> None:
    text = "Most of the territory was reclaimed by Azerbaijan during a six-week war in 2020."
    assert _taken(text) == [("Nagorno-Karabakh", "Azerbaijan")]


def test_the_region_retaken_in_the_perfect_is_the_region() -> None:
    assert _taken("The region has been retaken by Azerbaijan.") == [
        ("Nagorno-Karabakh", "Azerbaijan")
    ]


def test_a_negated_passive_moves_nothing() -> None:
    assert _taken("The region was not retaken by Azerbaijan.") == []
