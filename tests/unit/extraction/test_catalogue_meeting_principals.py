"""Whose people sit at the table: aides meet for their principals, and "the same group" is the
table of the meeting under discussion (sentences written for the test)."""

import datetime as dt

import pytest

from .catalogue import article_facts

DAY = dt.date(2023, 10, 4)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Armenian Prime Minister Nikol Pashinyan's adviser and diplomatic advisers to "
            "Emmanuel Macron and Olaf Scholz met in Brussels on September 26.",
        ),
        (
            "ru",
            "Советники Никола Пашиняна, Эмманюэля Макрона и Олафа Шольца встретились в Брюсселе "
            "26 сентября.",
        ),
    ],
)
def test_aides_meet_for_their_principals_states(lang: str, text: str) -> None:
    (held,) = article_facts(text, lang, "MeetingHeld", DAY)
    assert set(held["participants"]) == {"Armenia", "France", "Germany"}  # type: ignore[arg-type]


def test_a_named_aide_sits_for_his_principal() -> None:
    text = (
        "Aliyev's foreign policy aide Hikmet Hajiyev and Armen Grigoryan met in Brussels on "
        "September 26."
    )
    (held,) = article_facts(text, "en", "MeetingHeld", DAY)
    assert "Ilham Aliyev" not in held["participants"]  # type: ignore[operator]


def test_an_aide_who_often_speaks_sits_at_the_table_he_is_named_at() -> None:
    text = (
        "Armen Grigoryan and Aliyev's foreign policy aide, Hikmet Hajiyev, met in Brussels on "
        "September 26."
    )
    (held,) = article_facts(text, "en", "MeetingHeld", DAY)
    assert set(held["participants"]) == {"Armen Grigoryan", "Hikmet Hajiyev"}  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Aliyev will meet Pashinyan, Macron, Scholz and Michel in Granada on Thursday. "
            "Aliyev earlier asked Erdogan to join. The same group met in Chisinau in June.",
        ),
        (
            "ru",
            "Алиев встретится с Пашиняном, Макроном, Шольцем и Мишелем в Гранаде в четверг. "
            "Ранее Алиев обращался к Эрдогану. Лидеры уже встретились в том же составе в "
            "Кишиневе 1 июня.",
        ),
    ],
)
def test_the_same_group_is_the_table_under_discussion(lang: str, text: str) -> None:
    held = article_facts(text, lang, "MeetingHeld", DAY)
    assert held, text
    people = set(held[-1]["participants"])  # type: ignore[arg-type]
    assert {"Ilham Aliyev", "Nikol Pashinyan", "Emmanuel Macron", "Olaf Scholz"} <= people
    assert "Recep Tayyip Erdoğan" not in people


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "Никол Пашинян и Ильхам Алиев встретились в Праге 6 сентября. Посредниками выступили "
            "президент Франции Эмманюэль Макрон и Шарль Мишель.",
        ),
        (
            "en",
            "Nikol Pashinyan and Ilham Aliyev met in Prague on September 6. Emmanuel Macron and "
            "Charles Michel acted as mediators.",
        ),
    ],
)
def test_mediators_named_after_the_meeting_join_it(lang: str, text: str) -> None:
    (held,) = article_facts(text, lang, "MeetingHeld", DAY)
    assert set(held["participants"]) == {  # type: ignore[arg-type]
        "Nikol Pashinyan",
        "Ilham Aliyev",
        "Emmanuel Macron",
        "Charles Michel",
    }


def test_mediators_of_a_truce_join_no_meeting() -> None:
    text = "Перемирие было достигнуто при посредничестве России."
    assert article_facts(text, "ru", "MeetingHeld", DAY) == []


def test_who_joins_talks_between_others_sits_at_the_table() -> None:
    text = "Erdogan joined the talks between Aliyev and Pashinyan in Prague on September 6."
    (held,) = article_facts(text, "en", "MeetingHeld", DAY)
    assert set(held["participants"]) == {  # type: ignore[arg-type]
        "Recep Tayyip Erdoğan",
        "Ilham Aliyev",
        "Nikol Pashinyan",
    }
