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


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Aliyev demanded that Erdogan also join the talks with Pashinyan."),
        ("en", "Baku insists that Turkey take part in the talks in Granada."),
        ("ru", "Алиев потребовал, чтобы Эрдоган также участвовал в переговорах с Пашиняном."),
        ("ru", "Баку настаивает на участии Турции во встрече в Гранаде."),
    ],
)
def test_a_demanded_meeting_is_not_held(lang: str, text: str) -> None:
    assert article_facts(text, lang, "MeetingHeld", DAY) == []


def test_a_meeting_held_after_a_demand_in_another_sentence_stays_held() -> None:
    text = "Aliyev demanded guarantees. Aliyev and Pashinyan met in Brussels on Monday."
    (held,) = article_facts(text, "en", "MeetingHeld", DAY)
    assert held["place"] == "Brussels"
