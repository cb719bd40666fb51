"""A meeting named as the occasion of a past act, relative clauses and year-less days
(sentences written for the test)."""

import datetime as dt

import pytest

from .catalogue import article_facts

DECEMBER = dt.date(2021, 12, 2)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "During a meeting in Moscow, the leaders of Russia, Armenia and Azerbaijan made a "
            "decision to set up a working group.",
        ),
        (
            "en",
            "During their talks in Moscow, the presidents of Russia, Armenia and Azerbaijan "
            "approved a plan.",
        ),
        (
            "ru",
            "В ходе встречи в Москве лидеры России, Армении и Азербайджана приняли решение о "
            "создании рабочей группы.",
        ),
    ],
)
def test_a_meeting_that_was_the_occasion_of_a_past_act_took_place(lang: str, text: str) -> None:
    (held,) = article_facts(text, lang, "MeetingHeld", DECEMBER)
    assert set(held["participants"]) == {"Russia", "Armenia", "Azerbaijan"}  # type: ignore[arg-type]
    assert held["place"] == "Moscow"


def test_the_occasion_of_an_act_still_to_come_is_a_plan() -> None:
    text = "During a meeting in Brussels, Aliyev and Pashinyan will discuss the border."
    assert not article_facts(text, "en", "MeetingHeld", DECEMBER)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "During a meeting in Moscow, the leaders of Russia, Armenia and Azerbaijan created "
            "a working group that would focus on transport links.",
        ),
        (
            "en",
            "Aliyev and Pashinyan met in Brussels to discuss a treaty which will be signed later.",
        ),
        (
            "ru",
            "Алиев и Пашинян встретились в Брюсселе, чтобы обсудить договор, который будет "
            "подписан позже.",
        ),
    ],
)
def test_the_future_of_a_relative_clause_is_not_the_meetings(lang: str, text: str) -> None:
    assert article_facts(text, lang, "MeetingHeld", DECEMBER), text
    assert not article_facts(text, lang, "MeetingAnnounced", DECEMBER), text


def test_a_relative_clause_of_the_meeting_itself_tells_its_tense() -> None:
    text = (
        "Aliyev and Pashinyan are scheduled to hold talks in Brussels, which will take place "
        "on December 15."
    )
    (plan,) = article_facts(text, "en", "MeetingAnnounced", DECEMBER)
    assert plan["date"] == "2021-12-15"


def test_that_before_a_subject_tells_what_was_said_not_a_relative_clause() -> None:
    text = (
        "The summit was announced days after the news that Aliyev and Pashinyan are "
        "scheduled to hold talks in Brussels on 15 December."
    )
    (plan,) = article_facts(text, "en", "MeetingAnnounced", dt.date(2021, 11, 25))
    assert set(plan["participants"]) == {"Ilham Aliyev", "Nikol Pashinyan"}  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "On January 11, during a meeting in Moscow, the leaders of Russia, Armenia and "
            "Azerbaijan made a decision to set up a working group.",
        ),
        ("en", "Putin, Aliyev and Pashinyan met in Moscow on January 11."),
        ("ru", "Путин, Алиев и Пашинян встретились в Москве 11 января."),
    ],
)
def test_a_yearless_day_of_a_meeting_told_in_the_past_is_last_year(lang: str, text: str) -> None:
    (held,) = article_facts(text, lang, "MeetingHeld", DECEMBER)
    assert held["date"] == "2021-01-11"


def test_a_yearless_day_of_a_plan_keeps_the_coming_year() -> None:
    text = "Putin will host Aliyev and Pashinyan in Moscow on January 11."
    (plan,) = article_facts(text, "en", "MeetingAnnounced", DECEMBER)
    assert plan["date"] == "2022-01-11"
