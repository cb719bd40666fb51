"""A count of wars counts episodes (fight30; sentences written for the test).

"Have fought two wars over Nagorno-Karabakh", "провели две войны за Карабах": the numeral
counts the wars, and each war is an episode of its own (the guide: one fact per episode; a war
with a place but no time is HostilitiesReported there without date). AFP spells the region
"Nagorny-Karabakh".
"""

import datetime as dt

import pytest

from .catalogue import article_facts

DAY = dt.date(2023, 4, 12)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Armenia and Azerbaijan have fought two wars over Nagorno-Karabakh."),
        (
            "en",
            "Armenia and Azerbaijan have fought two wars over Nagorny-Karabakh, a disputed "
            "mountainous region.",
        ),
        pytest.param(
            "en",
            "Over Nagorno-Karabakh, the two neighbours have already fought two wars.",
            marks=pytest.mark.xfail(reason="a place fronted beyond the war's window: left alone"),
        ),
        ("ru", "Армения и Азербайджан провели две войны за Нагорный Карабах."),
        pytest.param(
            "ru",
            "Из-за Нагорного Карабаха Армения и Азербайджан вели две войны.",
            marks=pytest.mark.xfail(reason="a place fronted beyond the war's window: left alone"),
        ),
    ],
)
def test_two_wars_are_two_episodes(lang: str, text: str) -> None:
    """Two wars over a region are two undated episodes there."""
    fought = article_facts(text, lang, "HostilitiesReported", DAY)
    assert fought == [{"kind": "HostilitiesReported", "location": "Nagorno-Karabakh"}] * 2


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Armenia and Azerbaijan fought a war over Nagorno-Karabakh."),
        ("ru", "Армения и Азербайджан провели войну за Нагорный Карабах."),
    ],
)
def test_one_war_is_one_episode(lang: str, text: str) -> None:
    """A war told once is one episode."""
    fought = article_facts(text, lang, "HostilitiesReported", DAY)
    assert fought == [{"kind": "HostilitiesReported", "location": "Nagorno-Karabakh"}]
