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


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The new roadblock is a gross violation of the ceasefire agreement, Yerevan said."),
        ("en", "Building the post violated the truce agreement, the ministry said."),
        ("ru", "Установка поста является нарушением соглашения о прекращении огня, заявили в МИД."),
    ],
)
def test_a_breach_of_the_truce_agreement_by_no_fire_is_no_fighting(lang: str, text: str) -> None:
    """What breaches a document breaches its terms; only the truce itself (its regime) is
    broken by fire (the guide: a violation of the ceasefire is firing)."""
    assert article_facts(text, lang, "HostilitiesReported", dt.date(2023, 4, 24)) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Russian-brokered truce that ended the 2020 war is holding, the envoy said."),
        ("en", "Moscow brokered the deal which ended a 2020 war between the two neighbours."),
        ("ru", "Стороны договорились об окончании войны 2020 года, напомнил посол."),
    ],
)
def test_the_end_of_a_dated_war_recalls_the_war(lang: str, text: str) -> None:
    """The end of a war told with the war's own date as its attribute ("the 2020 war") still
    recalls that war, which the guide counts (location and year)."""
    fought = article_facts(text, lang, "HostilitiesReported", dt.date(2023, 4, 24))
    assert [(f["location"], str(f.get("date"))[:4]) for f in fought] == [
        ("Nagorno-Karabakh", "2020")
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Azerbaijan waged a swift military campaign in Nagorno-Karabakh in September 2023."),
        ("ru", "Азербайджан провел военную кампанию в Нагорном Карабахе в сентябре 2023 года."),
    ],
)
def test_a_military_campaign_is_fighting(lang: str, text: str) -> None:
    """An army's campaign is fighting, like a military operation."""
    fought = article_facts(text, lang, "HostilitiesReported", dt.date(2023, 12, 13))
    assert [(f["location"], f.get("date")) for f in fought] == [("Nagorno-Karabakh", "2023-09")]
