"""The city a side of a meeting visits in the meeting's sentence is where they meet ("will
visit Moscow ..., he plans to meet Putin", "посетит Баку, где встретится с ..."), when the
meeting names no venue of its own (sentences written for the test)."""

import datetime as dt

import pytest

from .catalogue import article_facts

DAY = dt.date(2021, 4, 2)


@pytest.mark.parametrize(
    ("lang", "text", "kind", "place"),
    [
        (
            "en",
            "Pashinyan will visit Moscow on April 7, he plans to meet with Putin.",
            "MeetingAnnounced",
            "Moscow",
        ),
        (
            "en",
            "Aliyev is expected to visit Ankara next week, where he will hold talks with Erdogan.",
            "MeetingAnnounced",
            "Ankara",
        ),
        (
            "ru",
            "Пашинян посетит Москву 7 апреля, где встретится с Путиным.",
            "MeetingAnnounced",
            "Moscow",
        ),
        (
            "ru",
            "На следующей неделе Алиев посетит Анкару и проведёт переговоры с Эрдоганом.",
            "MeetingAnnounced",
            "Ankara",
        ),
        (
            "en",
            "On Tuesday Pashinyan visited Moscow and met with Putin.",
            "MeetingHeld",
            "Moscow",
        ),
        (
            "ru",
            "Во вторник Алиев посетил Анкару, где провёл переговоры с Эрдоганом.",
            "MeetingHeld",
            "Ankara",
        ),
    ],
)
def test_the_city_visited_is_the_meetings_place(
    lang: str, text: str, kind: str, place: str
) -> None:
    facts = article_facts(text, lang, kind, DAY)
    assert [f.get("place") for f in facts] == [place]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Pashinyan, who visited Ankara last year, will meet with Putin in Minsk on April 7.",
        ),
        pytest.param(
            "ru",
            "Пашинян, посетивший Анкару в прошлом году, встретится с Путиным в Минске 7 апреля.",
            marks=pytest.mark.xfail(reason="no plan read with the participle clause (before too)"),
        ),
    ],
)
def test_a_venue_of_its_own_wins_over_a_visit(lang: str, text: str) -> None:
    facts = article_facts(text, lang, "MeetingAnnounced", DAY)
    assert [f.get("place") for f in facts] == ["Minsk"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Pashinyan will visit Moscow on April 7 but will not meet with Putin."),
        ("ru", "Пашинян посетит Москву 7 апреля, но не встретится с Путиным."),
    ],
)
def test_a_visit_without_the_meeting_is_no_meeting(lang: str, text: str) -> None:
    assert not article_facts(text, lang, "MeetingAnnounced", DAY)
    assert not article_facts(text, lang, "MeetingHeld", DAY)


@pytest.mark.parametrize(
    ("lang", "text", "kind", "place"),
    [
        (
            "en",
            "On March 30, Mirzoyan, who is on a working visit to the United States, met with "
            "Blinken.",
            "MeetingHeld",
            "United States",
        ),
        (
            "en",
            "During his visit to Moscow on April 7, Pashinyan will hold talks with Putin.",
            "MeetingAnnounced",
            "Moscow",
        ),
        (
            "ru",
            "30 марта находящийся с рабочим визитом в Москве Мирзоян встретился с Лавровым.",
            "MeetingHeld",
            "Moscow",
        ),
        (
            "ru",
            "В ходе визита в Турцию 12 апреля Алиев проведёт переговоры с Эрдоганом.",
            "MeetingAnnounced",
            "Turkey",
        ),
    ],
)
def test_the_country_or_city_of_a_visit_noun_is_the_meetings_place(
    lang: str, text: str, kind: str, place: str
) -> None:
    facts = article_facts(text, lang, kind, DAY)
    assert [f.get("place") for f in facts] == [place]
