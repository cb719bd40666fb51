""" "Would" in reported speech is the future in the past, however long the names between the
speech verb and it (sentences written for the test): "the Kremlin said A and B would meet in
Sochi" announces a meeting claimed by the Kremlin, which makes no StatementMade of its own; a
condition ("if") still makes it hypothetical."""

import datetime as dt

from services.extraction import extract_article
from services.extraction.models import ExtractedFact

DAY = dt.date(2024, 3, 4)


def _kinds(text: str, lang: str, kind: str) -> list[ExtractedFact]:
    return [f for f in extract_article(text, DAY, lang).facts if f.kind == kind]


def test_office_said_two_named_leaders_would_meet() -> None:
    text = "The Kremlin said Vladimir Putin and Nikol Pashinyan would meet in Sochi."
    (plan,) = _kinds(text, "en", "MeetingAnnounced")
    assert set(plan.arguments["participants"]) == {"Vladimir Putin", "Nikol Pashinyan"}
    assert plan.arguments["claimed_by"] == ["Kremlin"]
    assert not _kinds(text, "en", "StatementMade")


def test_ministry_said_earlier_that_titled_minister_would_meet() -> None:
    text = (
        "Azerbaijan's Foreign Ministry said earlier that the country's top diplomat "
        "Jeyhun Bayramov would meet with Antony Blinken in Washington on Friday."
    )
    (plan,) = _kinds(text, "en", "MeetingAnnounced")
    assert set(plan.arguments["participants"]) == {"Jeyhun Bayramov", "Antony Blinken"}
    assert plan.arguments["place"] == "Washington, D.C."


def test_postposed_announcer_after_would() -> None:
    text = "Vladimir Putin and Nikol Pashinyan would hold talks in Moscow next week, the Kremlin announced."
    (plan,) = _kinds(text, "en", "MeetingAnnounced")
    assert plan.arguments["place"] == "Moscow"


def test_russian_reported_future_is_a_plan() -> None:
    text = (
        "В Кремле сообщили, что президенты Путин и Пашинян встретятся в Сочи на следующей неделе."
    )
    (plan,) = _kinds(text, "ru", "MeetingAnnounced")
    assert plan.arguments["place"] == "Sochi"
    assert plan.arguments["claimed_by"] == ["Kremlin"]


def test_condition_keeps_would_hypothetical() -> None:
    text = (
        "The Kremlin said Vladimir Putin and Nikol Pashinyan would meet in Sochi if the truce held."
    )
    assert not _kinds(text, "en", "MeetingAnnounced")
