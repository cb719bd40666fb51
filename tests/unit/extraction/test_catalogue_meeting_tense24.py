"""Tense of a meeting told as the occasion of an act still to come, and of a meeting whose
day lies after the news day (sentences written for the test)."""

import datetime as dt

import pytest

from .catalogue import article_facts

MARCH = dt.date(2021, 3, 26)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "В рамках переговоров в Баку 5 апреля президенты России и Азербайджана обменяются "
            "мнениями по региональным вопросам, сообщила пресс-служба Кремля.",
        ),
        (
            "en",
            "During the talks in Baku on April 5, the presidents of Russia and Azerbaijan will "
            "exchange views on regional issues, the Kremlin said.",
        ),
        (
            "ru",
            "Во время встречи в Баку 5 апреля лидеры России и Азербайджана обсудят вопросы "
            "сотрудничества, сообщили в Кремле.",
        ),
        (
            "en",
            "At the meeting in Baku on April 5, the leaders of Russia and Azerbaijan are to "
            "discuss transport links, the Kremlin said.",
        ),
        (
            "ru",
            "В ходе предстоящих переговоров в Баку 5 апреля главы России и Азербайджана "
            "подпишут ряд документов, сообщили в Кремле.",
        ),
    ],
)
def test_a_meeting_that_is_the_occasion_of_an_act_to_come_is_announced(
    lang: str, text: str
) -> None:
    assert not article_facts(text, lang, "MeetingHeld", MARCH)
    (plan,) = article_facts(text, lang, "MeetingAnnounced", MARCH)
    assert {"Russia", "Azerbaijan"} <= set(plan["participants"])  # type: ignore[arg-type]
    assert plan["place"] == "Baku"
    assert plan["date"] == "2021-04-05"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Pashinyan will meet Putin in Moscow on April 7, the Kremlin said.\n\n"
            "Before the meeting with Putin, Pashinyan went into self-isolation.",
        ),
        (
            "ru",
            "Пашинян встретится с Путиным в Москве 7 апреля, сообщили в Кремле.\n\n"
            "Перед встречей с Путиным Пашинян ушёл на самоизоляцию.",
        ),
        (
            "en",
            "Putin and Pashinyan are to hold talks in Moscow on April 7, the Kremlin said.\n\n"
            "Pashinyan said he had prepared for the talks with Putin.",
        ),
        (
            "ru",
            "Переговоры Путина и Пашиняна пройдут в Москве 7 апреля, сообщили в Кремле.\n\n"
            "Пашинян рассказал, что подготовился к переговорам с Путиным.",
        ),
    ],
)
def test_a_meeting_whose_day_is_still_to_come_was_not_held(lang: str, text: str) -> None:
    held = article_facts(text, lang, "MeetingHeld", MARCH)
    assert not [f for f in held if str(f.get("date") or "") > "2021-03-26"]
    assert article_facts(text, lang, "MeetingAnnounced", MARCH)
