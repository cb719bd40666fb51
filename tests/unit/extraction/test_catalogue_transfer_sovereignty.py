"""A state restoring or establishing its sovereignty took the land it names (sentences written
for the test).

The rule: "restored/established (its) sovereignty or territorial integrity (over/in X)", in any
person, as a verb or as its noun in a past clause, is a TerritoryTransferred to that state; the
place after "over/in/над/в" is the territory, none when no place is named; "our"/"наш" is the
claimant's side; an aim, a thing to come or a negation tells no taking.
"""

import datetime as dt

from .catalogue import article_facts

DAY = dt.date(2024, 3, 12)


def _taken(text: str, lang: str) -> list[dict[str, object]]:
    return article_facts(text, lang, "TerritoryTransferred", DAY)


def test_sovereignty_established_in_a_region_takes_the_region() -> None:
    text = "In September 2023, Azerbaijan established full sovereignty in Karabakh after a war."
    facts = _taken(text, "en")
    assert [(f["territory"], f["to"], f["date"]) for f in facts] == [
        ("Nagorno-Karabakh", "Azerbaijan", "2023-09")
    ]


def test_the_restoration_announced_names_its_state_by_the_subject() -> None:
    text = (
        "The separatists capitulated, and the President of Azerbaijan Ilham Aliyev announced "
        "the restoration of the country's sovereignty."
    )
    facts = _taken(text, "en")
    assert [f["to"] for f in facts] == ["Azerbaijan"]
    assert "territory" not in facts[0]


def test_territorial_integrity_restored_without_a_place_has_no_territory() -> None:
    facts = _taken("Azerbaijan restored its territorial integrity in September 2023.", "en")
    assert [(f.get("territory"), f["to"]) for f in facts] == [(None, "Azerbaijan")]


def test_russian_territorial_integrity_restored() -> None:
    text = "В сентябре 2023 года Азербайджан восстановил свою территориальную целостность."
    assert [f["to"] for f in _taken(text, "ru")] == ["Azerbaijan"]


def test_russian_sovereignty_established_over_a_region() -> None:
    text = "В сентябре 2023 года Азербайджан установил полный суверенитет над Карабахом."
    facts = _taken(text, "ru")
    assert [(f["territory"], f["to"]) for f in facts] == [("Nagorno-Karabakh", "Azerbaijan")]


def test_an_aim_or_a_future_restoration_is_no_taking() -> None:
    assert _taken("Азербайджан намерен восстановить свою территориальную целостность.", "ru") == []
    text = "Azerbaijan launched an operation to restore its territorial integrity in the region."
    assert _taken(text, "en") == []


def test_the_integrity_of_something_else_is_no_land() -> None:
    assert _taken("Azerbaijan restored the integrity of its electoral lists in 2023.", "en") == []
