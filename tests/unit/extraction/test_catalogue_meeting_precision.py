"""Meeting words that tell no meeting (meet3): talks at a distance, a side that stopped
attending, the meeting as a call's topic (sentences written for the test)."""

import datetime as dt

import pytest

from .catalogue import article_facts

MEETINGS = ("MeetingHeld", "MeetingAnnounced")


def _meetings(text: str, lang: str) -> list[dict[str, object]]:
    return [f for kind in MEETINGS for f in article_facts(text, lang, kind)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Владимир Путин провел переговоры с Ильхамом Алиевым в режиме видеоконференции.", "ru"),
        ("Vladimir Putin held talks with Ilham Aliyev via video link on Tuesday.", "en"),
        (
            "Russian President Vladimir Putin held a video conference with Ilham Aliyev and "
            "Nikol Pashinyan on Tuesday.",
            "en",
        ),
        (
            "Министр обороны России Сергей Шойгу провел телефонные переговоры с армянским "
            "коллегой Суреном Папикяном.",
            "ru",
        ),
    ],
)
def test_talks_at_a_distance_are_no_meeting(text: str, lang: str) -> None:
    assert _meetings(text, lang) == [], text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Накануне Шарль Мишель созвонился с Николом Пашиняном и Ильхамом Алиевым для "
            "обсуждения повестки предстоящих переговоров в Брюсселе.",
            "ru",
        ),
        (
            "Charles Michel phoned Nikol Pashinyan and Ilham Aliyev ahead of their meeting "
            "in Brussels.",
            "en",
        ),
    ],
)
def test_a_call_about_talks_seats_no_one_at_them(text: str, lang: str) -> None:
    assert _meetings(text, lang) == [], text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Армения перестала участвовать во встречах с Азербайджаном в Москве в ноябре.", "ru"),
        ("Armenia stopped attending the meetings with Azerbaijan in Moscow in November.", "en"),
    ],
)
def test_a_side_that_stopped_attending_tells_no_meeting(text: str, lang: str) -> None:
    assert _meetings(text, lang) == [], text


def test_a_meeting_after_a_phone_call_still_counts() -> None:
    text = (
        "After a telephone conversation last week, Nikol Pashinyan and Ilham Aliyev met in "
        "Brussels on Tuesday.\n\nTheir talks lasted four hours."
    )
    (held,) = article_facts(text, "en", "MeetingHeld")
    assert set(held["participants"]) == {"Nikol Pashinyan", "Ilham Aliyev"}  # type: ignore[arg-type]


def test_talks_in_person_after_a_call_still_count() -> None:
    text = (
        "Nikol Pashinyan and Ilham Aliyev met in Brussels on Tuesday, a week after a video "
        "call.\n\nTheir talks lasted four hours."
    )
    (held,) = article_facts(text, "en", "MeetingHeld")
    assert set(held["participants"]) == {"Nikol Pashinyan", "Ilham Aliyev"}  # type: ignore[arg-type]


def test_a_cancellation_no_side_refused_stays() -> None:
    text = "The meeting of Ilham Aliyev and Nikol Pashinyan in Brussels has been cancelled."
    (cancelled,) = article_facts(text, "en", "MeetingCancelled")
    assert set(cancelled["participants"]) == {"Ilham Aliyev", "Nikol Pashinyan"}  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The Armenian Foreign Ministry said the Armenian side asked to postpone the meeting "
            "of Ararat Mirzoyan and Jeyhun Bayramov in Moscow.",
            "en",
        ),
        (
            "Армянская сторона попросила перенести встречу Арарата Мирзояна и Джейхуна "
            "Байрамова в Москве, сообщил МИД Армении.",
            "ru",
        ),
    ],
)
def test_a_postponement_asked_for_is_not_made(text: str, lang: str) -> None:
    assert article_facts(text, lang, "MeetingPostponed") == [], text


def test_a_postponed_meeting_stays_postponed() -> None:
    text = "The meeting of Ararat Mirzoyan and Jeyhun Bayramov in Moscow has been postponed."
    (moved,) = article_facts(text, "en", "MeetingPostponed")
    assert set(moved["participants"]) == {"Ararat Mirzoyan", "Jeyhun Bayramov"}  # type: ignore[arg-type]


def test_people_who_accompany_the_leaders_hold_no_meeting() -> None:
    text = (
        "Реджеп Тайип Эрдоган и Ильхам Алиев провели переговоры в Шуше.\n\nЛидеров на встрече "
        "сопровождали их супруги — Эмине Эрдоган и Мехрибан Алиева."
    )
    (held,) = article_facts(text, "ru", "MeetingHeld")
    assert set(held["participants"]) == {"Recep Tayyip Erdoğan", "Ilham Aliyev"}  # type: ignore[arg-type]


def test_a_minister_accompanying_a_leader_is_no_participant() -> None:
    text = (
        "Ilham Aliyev, accompanied by Foreign Minister Jeyhun Bayramov, met Nikol Pashinyan "
        "in Brussels on Tuesday."
    )
    (held,) = article_facts(text, "en", "MeetingHeld")
    assert set(held["participants"]) == {"Ilham Aliyev", "Nikol Pashinyan"}  # type: ignore[arg-type]


@pytest.mark.parametrize("turkey", ["Türkiye", "Turkiye"])
def test_turkey_under_its_official_name_takes_part(turkey: str) -> None:
    text = (
        f"The foreign ministers of Iran, Russia, {turkey}, Azerbaijan and Armenia attended the "
        "meeting that took place in Tehran on October 23."
    )
    (held,) = article_facts(text, "en", "MeetingHeld", dt.date(2023, 10, 24))
    assert "Turkey" in held["participants"], held  # type: ignore[operator]
