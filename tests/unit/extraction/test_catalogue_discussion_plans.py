"""Sides that will discuss something in a named city meet there (sentences written for the
test): a verb of discussing in the future, with two named sides as its subject and a venue in
its clause, announces a meeting; its announcer is the `claimed_by` and makes no StatementMade.
Without a venue (a call, a talk of talking) it is no meeting."""

import datetime as dt

from services.extraction import extract_article
from services.extraction.models import ExtractedFact

DAY = dt.date(2024, 3, 4)


def _kinds(text: str, lang: str, kind: str) -> list[ExtractedFact]:
    return [f for f in extract_article(text, DAY, lang).facts if f.kind == kind]


def test_russian_future_discussion_in_a_city_claimed_by_the_kremlin() -> None:
    text = "Путин и Алиев в Баку обсудят урегулирование, сообщили в Кремле."
    (plan,) = _kinds(text, "ru", "MeetingAnnounced")
    assert set(plan.arguments["participants"]) == {"Vladimir Putin", "Ilham Aliyev"}
    assert plan.arguments["place"] == "Baku"
    assert plan.arguments["claimed_by"] == ["Kremlin"]
    assert not _kinds(text, "ru", "StatementMade")


def test_russian_venue_after_the_verb_with_a_date() -> None:
    text = "Лавров и Байрамов обсудят в Москве вопросы делимитации 12 мая."
    (plan,) = _kinds(text, "ru", "MeetingAnnounced")
    assert set(plan.arguments["participants"]) == {"Sergey Lavrov", "Jeyhun Bayramov"}
    assert plan.arguments["place"] == "Moscow"


def test_english_will_discuss_in_a_city() -> None:
    text = "Vladimir Putin and Ilham Aliyev will discuss the peace treaty in Baku on Monday."
    (plan,) = _kinds(text, "en", "MeetingAnnounced")
    assert set(plan.arguments["participants"]) == {"Vladimir Putin", "Ilham Aliyev"}
    assert plan.arguments["place"] == "Baku"


def test_english_reported_plan_to_discuss_in_a_city() -> None:
    text = (
        "The Kremlin said that Vladimir Putin and Nikol Pashinyan would discuss "
        "regional security in Sochi."
    )
    (plan,) = _kinds(text, "en", "MeetingAnnounced")
    assert plan.arguments["place"] == "Sochi"
    assert plan.arguments["claimed_by"] == ["Kremlin"]


def test_discussion_without_a_venue_is_no_meeting() -> None:
    assert not _kinds("Путин и Алиев обсудят урегулирование по телефону.", "ru", "MeetingAnnounced")
    assert not _kinds(
        "Vladimir Putin and Ilham Aliyev will discuss the peace treaty.", "en", "MeetingAnnounced"
    )
