"""Peacekeepers named only as a source or a mediator are no mover (host21; sentences written
for the test)."""

import datetime as dt

import pytest

from .catalogue import article_facts

DAY = dt.date(2024, 4, 23)
KINDS = ("PeacekeepersDeployed", "PeacekeepersWithdrawn")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Armenia has pulled out its units from two villages, according to a report on the "
            "work of the Russian peacekeepers.",
        ),
        (
            "en",
            "The Azerbaijani army withdrew from the height after talks mediated by the Russian "
            "peacekeepers.",
        ),
        (
            "ru",
            "Азербайджанские подразделения вышли из села по данным российских миротворцев.",
        ),
        (
            "ru",
            "Армянские формирования покинули позиции при посредничестве российских миротворцев.",
        ),
    ],
)
def test_force_named_as_source_or_mediator_is_no_mover(lang: str, text: str) -> None:
    """The movement is another side's: the force stands in an attribution or mediation phrase."""
    for kind in KINDS:
        assert article_facts(text, lang, kind, DAY) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "According to the ministry, Russian peacekeepers left the Kalbajar district on "
            "Tuesday.",
        ),
        ("ru", "По данным министерства, российские миротворцы покинули Кельбаджарский район."),
    ],
)
def test_force_after_the_attribution_still_moves(lang: str, text: str) -> None:
    """An attribution closed by a comma leaves the force the subject of the clause."""
    assert len(article_facts(text, lang, "PeacekeepersWithdrawn", DAY)) == 1
