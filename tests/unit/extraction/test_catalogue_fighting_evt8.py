"""Fighting in general constructions of the press (evt8; sentences written for the test)."""

import datetime as dt

import pytest

from .catalogue import article_facts

DAY = dt.date(2020, 10, 26)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Azerbaijan started a war against Karabakh on the morning of September 27."),
        ("en", "Baku, backed by its allies, launched the war in Karabakh early on 27 September."),
        ("en", "The war in Nagorno-Karabakh, which many had feared, broke out on September 27."),
        ("ru", "Азербайджан развязал войну против Карабаха утром 27 сентября."),
        ("ru", "Война в Карабахе, которой многие опасались, началась 27 сентября."),
    ],
)
def test_a_war_started_on_a_day_is_dated_by_the_verb_of_its_start(lang: str, text: str) -> None:
    """A war that is the subject or object of a verb of its start takes that verb's date,
    wherever the clause gives it."""
    fought = article_facts(text, lang, "HostilitiesReported", DAY)
    assert [(f["location"], f.get("date")) for f in fought] == [("Nagorno-Karabakh", "2020-09-27")]
