"""Summits the press recalls (kmeet25; sentences written for the test): a clause that names a
meeting at a known summit's venue (with its day or its guest when the venue saw several) is
that MeetingHeld, at the summit's place and day, with its participants as the text names them;
a meeting still to come, or another day at the same venue, is no such summit."""

import datetime as dt

import pytest

from .catalogue import article_facts

LATER = dt.date(2024, 6, 20)


def _held(text: str, lang: str) -> list[tuple[str, str]]:
    return [
        (str(f.get("place")), str(f.get("date")))
        for f in article_facts(text, lang, "MeetingHeld", LATER)
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Pashinyan said the Prague meeting had opened the way to a peace treaty."),
        ("en", "Aliyev and Pashinyan met in Prague on 6 October with Macron and Michel."),
        ("en", "Since the summit in Prague, Baku and Yerevan have exchanged drafts of the treaty."),
        ("ru", "После встречи в Праге Алиев заявил, что мирный договор близок."),
        ("ru", "На пражской встрече лидеры признали территориальную целостность друг друга."),
    ],
)
def test_the_prague_meeting_is_recalled(lang: str, text: str) -> None:
    assert _held(text, lang) == [("Prague", "2022-10-06")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            ("After the Sochi summit on 26 November, Pashinyan said talks on the border went on."),
        ),
        (
            "en",
            ("The leaders agreed on a border commission at their meeting in Sochi on November 26."),
        ),
        (
            "ru",
            ("Пашинян напомнил, что на саммите в Сочи 26 ноября стороны договорились о комиссии."),
        ),
        ("ru", "Встреча в Сочи 26 ноября дала старт работе над делимитацией, заявил Алиев."),
    ],
)
def test_the_sochi_summit_of_november_is_recalled(lang: str, text: str) -> None:
    assert _held(text, lang) == [("Sochi", "2021-11-26")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "At the trilateral meeting in Brussels on May 14, Michel hosted both leaders."),
        ("en", "Aliyev recalled that the leaders had met in Brussels on 14 May."),
        ("ru", "На трехсторонней встрече в Брюсселе 14 мая Мишель принял обоих лидеров."),
        ("ru", "Пашинян напомнил о переговорах в Брюсселе 14 мая."),
    ],
)
def test_the_brussels_meeting_of_may_14_is_recalled(lang: str, text: str) -> None:
    assert _held(text, lang) == [("Brussels", "2023-05-14")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The leaders met with Chancellor Scholz on the sidelines of the Munich conference."),
        ("en", "Aliyev and Pashinyan continued talks after their Munich meeting with Scholz."),
        ("ru", "Алиев и Пашинян провели встречу с Шольцем в Мюнхене."),
        ("ru", "После встречи с Шольцем в Мюнхене лидеры решили продолжить переговоры."),
    ],
)
def test_the_munich_meeting_with_scholz_is_recalled(lang: str, text: str) -> None:
    assert _held(text, lang) == [("Munich", "2024-02-17")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The foreign ministers will meet in Prague next week, the ministry said."),
        ("en", "Aliyev and Pashinyan are expected to hold talks in Prague."),
        ("ru", "Министры встретятся в Праге на следующей неделе, сообщил МИД."),
        ("ru", "Встреча лидеров в Праге состоится в ближайшее время."),
    ],
)
def test_a_prague_meeting_still_to_come_is_no_recalled_summit(lang: str, text: str) -> None:
    assert ("Prague", "2022-10-06") not in _held(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Michel hosted Aliyev and Pashinyan in Brussels on 3 March."),
        ("en", "The leaders met in Brussels on March 3, Michel said."),
        ("ru", "Мишель принял Алиева и Пашиняна в Брюсселе 3 марта."),
        ("ru", "Лидеры встретились в Брюсселе 3 марта, сообщил Мишель."),
    ],
)
def test_another_brussels_meeting_keeps_its_own_day(lang: str, text: str) -> None:
    assert all(date.endswith("-03-03") for _, date in _held(text, lang))
