"""Talks named again after a phone call are that call, not a meeting: "On March 26 Putin and
Pashinyan spoke by phone. During the talks, the sides discussed ...", "... в ходе телефонного
разговора обсудили ... Беседа состоялась по инициативе ..." (sentences written for the test)."""

import datetime as dt

import pytest

from .catalogue import article_facts

DAY = dt.date(2021, 4, 24)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "On April 20, telephone talks were held between Putin and Pashinyan.\n\n"
            "During the talks, the sides discussed the situation in the region.",
        ),
        (
            "en",
            "Aliyev and Erdogan discussed the region in a phone call on Tuesday. "
            "The conversation took place at the initiative of the Turkish side.",
        ),
        (
            "ru",
            "Путин и Пашинян в ходе телефонного разговора обсудили ситуацию в регионе. "
            "Беседа состоялась по инициативе армянской стороны.",
        ),
        (
            "ru",
            "Алиев и Эрдоган 20 апреля провели телефонный разговор.\n\n"
            "В ходе беседы стороны обсудили региональную повестку.",
        ),
        (
            "en",
            "Mirzoyan and Bayramov spoke by phone on Tuesday. "
            "The talks were held at the initiative of the Azerbaijani side.",
        ),
    ],
)
def test_talks_named_after_a_call_are_the_call(lang: str, text: str) -> None:
    assert not article_facts(text, lang, "MeetingHeld", DAY)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a meeting of its own, with its sides and place, after a call: still a meeting
        (
            "en",
            "Putin and Pashinyan spoke by phone on April 2. "
            "On April 7, Putin and Pashinyan held talks in the Kremlin.",
        ),
        (
            "ru",
            "Путин и Пашинян 2 апреля провели телефонный разговор. "
            "7 апреля Путин встретился с Пашиняном в Кремле.",
        ),
    ],
)
def test_a_meeting_with_its_own_sides_after_a_call_stays(lang: str, text: str) -> None:
    assert article_facts(text, lang, "MeetingHeld", DAY)
