"""Wave 28 meeting rules (sentences written for the test)."""

import datetime as dt

import pytest

from .catalogue import article_facts

DAY = dt.date(2021, 3, 6)
MINSK = "OSCE Minsk Group"


@pytest.mark.parametrize(
    ("lang", "text", "person"),
    [
        (
            "en",
            "Jeyhun Bayramov met with the co-chairs of the OSCE Minsk Group in Moscow on Monday.",
            "Jeyhun Bayramov",
        ),
        (
            "en",
            "On Friday Ararat Mirzoyan held talks in Paris with the OSCE Minsk Group co-chairs.",
            "Ararat Mirzoyan",
        ),
        (
            "ru",
            "Джейхун Байрамов в понедельник встретился в Москве с сопредседателями Минской "
            "группы ОБСЕ.",
            "Jeyhun Bayramov",
        ),
        (
            "ru",
            "Сопредседатели Минской группы ОБСЕ провели переговоры с Араратом Мирзояном в "
            "Париже в пятницу.",
            "Ararat Mirzoyan",
        ),
    ],
)
def test_a_bodys_co_chairs_at_the_table_are_the_body(lang: str, text: str, person: str) -> None:
    facts = article_facts(text, lang, "MeetingHeld", DAY)
    assert [set(f["participants"]) for f in facts] == [{person, MINSK}]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The Foreign Ministry said on Tuesday that the country's top diplomat Jeyhun Bayramov "
            "would meet with Ararat Mirzoyan in Geneva on March 12.",
        ),
        (
            "en",
            "Officials in Baku told reporters after the briefing that Foreign Minister Jeyhun "
            "Bayramov would hold talks with Ararat Mirzoyan in Geneva on March 12.",
        ),
        (
            "en",
            "According to a statement released by the ministry late on Friday, Jeyhun Bayramov "
            "and Ararat Mirzoyan would also meet in Geneva on March 12.",
        ),
        (
            "ru",
            "МИД Азербайджана сообщил во вторник, что глава ведомства Джейхун Байрамов "
            "встретится с Араратом Мирзояном в Женеве 12 марта.",
        ),
        (
            "ru",
            "Как заявили в министерстве, Джейхун Байрамов и Арарат Мирзоян проведут переговоры "
            "в Женеве 12 марта.",
        ),
    ],
)
def test_would_before_the_meeting_verb_in_reported_speech_is_a_plan(lang: str, text: str) -> None:
    facts = article_facts(text, lang, "MeetingAnnounced", DAY)
    assert [(set(f["participants"]), f["date"]) for f in facts] == [  # type: ignore[arg-type]
        ({"Jeyhun Bayramov", "Ararat Mirzoyan"}, "2021-03-12")
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Jeyhun Bayramov met the co-chairs of the OSCE Minsk Group, Igor Popov and Andrew "
            "Schofer, in Moscow on Monday.",
        ),
        (
            "ru",
            "Джейхун Байрамов в понедельник встретился в Москве с сопредседателями Минской "
            "группы ОБСЕ Игорем Поповым и Эндрю Шофером.",
        ),
    ],
)
def test_co_chairs_named_are_the_people_not_the_body(lang: str, text: str) -> None:
    facts = article_facts(text, lang, "MeetingHeld", DAY)
    assert all(MINSK not in f["participants"] for f in facts)  # type: ignore[operator]
