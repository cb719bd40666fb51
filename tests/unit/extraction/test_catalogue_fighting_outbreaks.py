"""A dated outbreak of "the conflict" is the war the text dates (war23; sentences written for
the test); an undated one is the guide's generic conflict, no fact."""

import datetime as dt

import pytest

from .catalogue import article_facts

WAR_DAYS = dt.date(2020, 11, 2)


@pytest.mark.parametrize(
    ("lang", "text", "date"),
    [
        ("en", "The latest outbreak of the conflict in Karabakh began on 27 September.", "2020"),
        (
            "en",
            "The villages became border villages after the aggravation of the Karabakh "
            "conflict in the autumn of 2020.",
            "2020",
        ),
        ("ru", "Обострение конфликта в Карабахе началось 27 сентября.", "2020"),
        (
            "ru",
            "Села стали приграничными после обострения карабахского конфликта осенью 2020 года.",
            "2020",
        ),
    ],
)
def test_a_dated_outbreak_of_the_conflict_is_the_war(lang: str, text: str, date: str) -> None:
    """An outbreak of "the conflict" the text dates is a war the text dates (the guide)."""
    fought = article_facts(text, lang, "HostilitiesReported", WAR_DAYS)
    assert [(f["location"], str(f.get("date"))[:4]) for f in fought] == [("Nagorno-Karabakh", date)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The aggravation of the conflict worries the minister."),
        ("ru", "Обострение конфликта тревожит министра."),
    ],
)
def test_an_undated_outbreak_of_the_conflict_is_no_episode(lang: str, text: str) -> None:
    assert article_facts(text, lang, "HostilitiesReported", WAR_DAYS) == []
