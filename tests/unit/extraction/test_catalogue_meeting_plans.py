"""Plans told as nouns: the sides named by the plan's "between", and the infinitive of holding
that makes a meeting a plan (sentences written for the test)."""

import datetime as dt

import pytest

from .catalogue import article_facts

MAY = dt.date(2024, 5, 1)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Kazakh President Kassym-Jomart Tokayev has welcomed the agreement between Azerbaijan "
            "and Armenia to hold talks in Almaty.",
        ),
        ("en", "The decision between Armenia and Azerbaijan to meet in Almaty was welcomed."),
        (
            "ru",
            "Токаев приветствовал договоренность между Азербайджаном и Арменией провести "
            "переговоры в Алма-Ате.",
        ),
    ],
)
def test_the_between_of_a_plan_names_the_sides_of_the_meeting(lang: str, text: str) -> None:
    (plan,) = article_facts(text, lang, "MeetingAnnounced", MAY)
    assert set(plan["participants"]) == {"Azerbaijan", "Armenia"}  # type: ignore[arg-type]
    assert plan["place"] == "Almaty"


def test_a_between_before_a_verb_with_a_tense_is_another_clause() -> None:
    text = "Tensions between Armenia and Azerbaijan rose before the talks in Almaty."
    assert article_facts(text, "en", "MeetingAnnounced", MAY) == []


@pytest.mark.parametrize(
    "text",
    [
        "Алиев и Пашинян договорились провести переговоры в Москве.",
        "Алиев и Пашинян приняли решение встретиться в Москве.",
    ],
)
def test_a_russian_infinitive_of_holding_makes_a_plan(text: str) -> None:
    (plan,) = article_facts(text, "ru", "MeetingAnnounced", MAY)
    assert set(plan["participants"]) == {"Ilham Aliyev", "Nikol Pashinyan"}  # type: ignore[arg-type]
    assert article_facts(text, "ru", "MeetingHeld", MAY) == []


def test_the_past_of_holding_stays_a_meeting_held() -> None:
    text = "Алиев и Пашинян провели переговоры в Москве."
    (held,) = article_facts(text, "ru", "MeetingHeld", MAY)
    assert held["place"] == "Moscow"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Azerbaijani President Ilham Aliyev informed Secretary of State Antony Blinken about "
            "the planned meeting in Almaty.",
        ),
        ("ru", "Алиев проинформировал Блинкена о запланированной встрече в Алма-Ате."),
    ],
)
def test_who_informs_and_who_is_informed_of_a_meeting_do_not_meet(lang: str, text: str) -> None:
    assert article_facts(text, lang, "MeetingAnnounced", MAY) == []


def test_a_meeting_told_of_takes_the_sides_told_before() -> None:
    text = (
        "Azerbaijan and Armenia will hold talks in Almaty. "
        "Azerbaijani President Ilham Aliyev informed Secretary of State Antony Blinken about the "
        "planned meeting in Almaty on April 28."
    )
    (plan,) = article_facts(text, "en", "MeetingAnnounced", MAY)
    assert set(plan["participants"]) == {"Azerbaijan", "Armenia"}  # type: ignore[arg-type]
    assert plan.get("date") is None  # April 28 is the day of informing


def test_a_meeting_told_of_with_its_side_keeps_the_teller() -> None:
    text = "Pashinyan told reporters about his upcoming meeting with Aliyev in Brussels."
    (plan,) = article_facts(text, "en", "MeetingAnnounced", MAY)
    assert set(plan["participants"]) == {"Nikol Pashinyan", "Ilham Aliyev"}  # type: ignore[arg-type]


def test_a_meeting_with_a_venue_of_its_own_takes_no_day_from_the_last() -> None:
    text = (
        "Putin will meet Aliyev and Pashinyan in Sochi on December 26. "
        "Aliyev and Pashinyan are also scheduled to meet in Brussels."
    )
    plans = article_facts(text, "en", "MeetingAnnounced", dt.date(2021, 11, 27))
    (brussels,) = [p for p in plans if p["place"] == "Brussels"]
    assert brussels.get("date") is None
