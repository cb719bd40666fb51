"""Takings told by a participle set off by a comma (hos10; sentences written for the test)."""

import datetime as dt

import pytest

from .catalogue import article_facts

DAY = dt.date(2021, 12, 1)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Azerbaijani troops attacked the border of Armenia, conquering the village of Sotk.",
        ),
        ("en", "Azerbaijani troops crossed the border of Armenia, seizing the village of Sotk."),
        ("ru", "Азербайджанские войска перешли границу Армении, захватив село Сотк."),
    ],
)
def test_a_comma_participle_shares_the_subject_of_the_main_clause(lang: str, text: str) -> None:
    """A participle set off by a comma ("conquering", "захватив") takes the main clause's
    subject as its taker, not the state named in the object before it."""
    moved = article_facts(text, lang, "TerritoryTransferred", DAY)
    assert [(f.get("territory"), f.get("from"), f.get("to")) for f in moved] == [
        ("Sotk", "Armenia", "Azerbaijan")
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Azerbaijani army conquered the village of Sotk on Tuesday."),
        ("ru", "Азербайджанская армия завоевала село Сотк во вторник."),
    ],
)
def test_a_conquest_is_a_taking(lang: str, text: str) -> None:
    """Territory conquered is territory taken (the guide's captures)."""
    moved = article_facts(text, lang, "TerritoryTransferred", DAY)
    assert [(f.get("territory"), f.get("to")) for f in moved] == [("Sotk", "Azerbaijan")]
