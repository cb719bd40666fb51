"""Which meeting a later sentence tells: "the meeting" is the one told before, "a meeting" is
another one and does not borrow its people (sentences written for the test)."""

import datetime as dt

import pytest

from .catalogue import article_facts

DAY = dt.date(2023, 10, 4)
HELD = "Putin, Aliyev and Pashinyan met in Moscow on Monday."


@pytest.mark.parametrize(
    "second",
    [
        "On Sunday, Putin held a meeting with the Security Council.",
        "On Sunday, the Russian leader chaired an emergency meeting of the government.",
        "Later that day, Pashinyan held a separate meeting with his cabinet.",
    ],
)
def test_an_indefinite_meeting_does_not_take_the_known_meetings_people(second: str) -> None:
    held = article_facts(f"{HELD} {second}", "en", "MeetingHeld", DAY)
    assert len(held) == 1
    assert held[0]["date"] == "2023-10-02"


@pytest.mark.parametrize(
    "second",
    [
        "Pashinyan said the meeting was useful.",
        "On Monday the talks lasted three hours.",
    ],
)
def test_the_definite_meeting_is_the_one_told_before(second: str) -> None:
    held = article_facts(f"{HELD} {second}", "en", "MeetingHeld", DAY)
    assert len(held) == 1
    assert set(held[0]["participants"]) == {  # type: ignore[arg-type]
        "Vladimir Putin",
        "Ilham Aliyev",
        "Nikol Pashinyan",
    }
