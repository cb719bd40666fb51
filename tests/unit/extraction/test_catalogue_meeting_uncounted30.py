"""An uncounted plural of meetings tells no single meeting: "held several talks with
representatives of A and B", "провел ряд встреч" (the guide: "несколько раундов переговоров",
uncounted, gives no MeetingHeld). Sentences written for the test."""

import datetime as dt

import pytest

from .catalogue import article_facts

DAY = dt.date(2021, 5, 14)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The CSTO secretary-general held several talks with representatives of Armenia "
            "and Tajikistan on Friday.",
        ),
        (
            "en",
            "On Monday the envoy had a number of meetings in Yerevan with officials of "
            "Armenia and Azerbaijan.",
        ),
        (
            "en",
            "Over the past week, the French ambassador held a series of meetings with "
            "diplomats of Armenia and Azerbaijan in Baku.",
        ),
        (
            "ru",
            "Генсек ОДКБ в течение дня провел несколько переговоров с представителями "
            "Армении и Таджикистана.",
        ),
        (
            "ru",
            "В понедельник спецпредставитель провел ряд встреч в Ереване с представителями "
            "Армении и Азербайджана.",
        ),
        (
            "ru",
            "Посол Франции на этой неделе провел серию встреч с дипломатами Армении и "
            "Азербайджана в Баку.",
        ),
    ],
)
def test_uncounted_meetings_are_no_meeting(lang: str, text: str) -> None:
    assert not article_facts(text, lang, "MeetingHeld", DAY)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a meeting told once, a vague word elsewhere in the sentence: still a meeting
        (
            "en",
            "Several days ago, Pashinyan and Aliyev held talks in Brussels on May 10.",
        ),
        (
            "ru",
            "Несколько дней назад, 10 мая, Пашинян и Алиев провели переговоры в Брюсселе.",
        ),
    ],
)
def test_a_meeting_near_a_vague_word_stays(lang: str, text: str) -> None:
    assert article_facts(text, lang, "MeetingHeld", DAY)
