"""Takings told by a noun ("its seizure by", "X's recapture of the region") and a side's taking
in a sentence that also names peacekeepers (terr13; sentences written for the test)."""

import datetime as dt

import pytest

from .catalogue import article_facts

DAY = dt.date(2024, 5, 1)


@pytest.mark.parametrize(
    "text",
    [
        "Thousands fled Nagorno-Karabakh after its recapture by Azerbaijan in September.",
        "Thousands fled Nagorno-Karabakh after its seizure by Azerbaijan in September.",
        "Thousands fled Nagorno-Karabakh after Azerbaijan's recapture of the region in September.",
        "Thousands fled after the seizure of Nagorno-Karabakh by Azerbaijan in September.",
    ],
)
def test_a_taking_told_by_a_noun_has_its_object_and_agent(text: str) -> None:
    """A capture noun's possessive pronoun or "of" object is the territory, its "by" agent
    or possessor the taker."""
    moved = article_facts(text, "en", "TerritoryTransferred", DAY)
    assert [(f.get("territory"), f.get("to")) for f in moved] == [
        ("Nagorno-Karabakh", "Azerbaijan")
    ]


def test_the_by_agent_of_a_noun_takes_whatever_adjectives_precede() -> None:
    """ "this ethnic Armenian enclave following its seizure by Azerbaijan": the agent after
    "by" is the taker, not the adjective's state."""
    text = (
        "More than 100,000 people have left the Nagorno-Karabakh region, nearly the whole "
        "population of this ethnic Armenian enclave, after its seizure by Azerbaijan last week."
    )
    moved = article_facts(text, "en", "TerritoryTransferred", DAY)
    assert [f.get("to") for f in moved] == ["Azerbaijan"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Russian peacekeepers left Nagorno-Karabakh after Azerbaijan's recapture "
            "of the region last year.",
        ),
        (
            "en",
            "Russian peacekeepers left the region after Azerbaijan recaptured "
            "Nagorno-Karabakh last year.",
        ),
        (
            "ru",
            "Российские миротворцы покинули регион после того, как Азербайджан "
            "восстановил контроль над Нагорным Карабахом.",
        ),
    ],
)
def test_a_side_taking_beside_peacekeepers_is_the_sides(lang: str, text: str) -> None:
    """Peacekeepers in the sentence do not make a warring side's own capture theirs."""
    moved = article_facts(text, lang, "TerritoryTransferred", DAY)
    assert [(f.get("territory"), f.get("to")) for f in moved] == [
        ("Nagorno-Karabakh", "Azerbaijan")
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russian peacekeepers entered the Lachin district on Friday."),
        ("ru", "Российские миротворцы вошли в Лачинский район в пятницу."),
    ],
)
def test_peacekeepers_entering_take_nothing(lang: str, text: str) -> None:
    """The force's own state before the verb stands behind the peacekeeper word: no taking."""
    assert article_facts(text, lang, "TerritoryTransferred", DAY) == []
