"""A past participle or a perfective gerund carries its own tense: the change it names is done,
whatever the future or the deadline of the clause's finite verb; a passive after "быть"/"be"
is that finite verb and stays a schedule. Sentences written for the test."""

import pytest

from .catalogue import article_facts

DONE_RU = [
    "Штаб будет размещён в Кельбаджарском районе, перешедшем под контроль Азербайджана.",
    "Новая дорога пройдёт через Кельбаджарский район, перешедший под контроль Азербайджана.",
]


@pytest.mark.parametrize("text", DONE_RU)
def test_past_participle_is_a_change_done(text: str) -> None:
    assert article_facts(text, "ru", "TerritoryTransferScheduled") == []
    facts = article_facts(text, "ru", "TerritoryTransferred")
    assert [f["to"] for f in facts] == ["Azerbaijan"]


DONE_EN = [
    "A monitoring centre will be set up in the Kalbajar district, handed over to Azerbaijan.",
    "A new road will run through the Kalbajar district, returned to Azerbaijan last week.",
]


@pytest.mark.parametrize("text", DONE_EN)
def test_english_past_participle_is_a_change_done(text: str) -> None:
    assert article_facts(text, "en", "TerritoryTransferScheduled") == []
    facts = article_facts(text, "en", "TerritoryTransferred")
    assert [f["to"] for f in facts] == ["Azerbaijan"]


PLANS = [
    ("Кельбаджарский район будет передан Азербайджану до 25 ноября.", "ru"),
    ("Кельбаджарский район должен быть передан Азербайджану до 25 ноября.", "ru"),
    ("Kalbajar is to be handed over to Azerbaijan by November 25.", "en"),
    ("Armenia will hand over Kalbajar to Azerbaijan by November 25.", "en"),
]


@pytest.mark.parametrize(("text", "language"), PLANS)
def test_finite_or_passive_future_stays_a_schedule(text: str, language: str) -> None:
    assert article_facts(text, language, "TerritoryTransferred") == []
    facts = article_facts(text, language, "TerritoryTransferScheduled")
    assert [f["to"] for f in facts] == ["Azerbaijan"]
