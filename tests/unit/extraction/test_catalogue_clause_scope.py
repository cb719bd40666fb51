"""The scope of a meeting's arguments: the clause of its own predicate (sentences written for
the test). A second predicate joined by "and"/"и" shares the subject only; the people and
places named after it are its own."""

import datetime as dt

import pytest

from .catalogue import article_facts

MAY = dt.date(2024, 5, 1)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun "
            "Bayramov met with Antony Blinken on March 3 and praised the truce agreed in Moscow "
            "by Vladimir Putin.",
        ),
        (
            "ru",
            "Мирзоян и Байрамов встретились с Блинкеном 3 марта и приветствовали перемирие, "
            "согласованное в Москве Владимиром Путиным.",
        ),
        (
            "en",
            "Ararat Mirzoyan and Jeyhun Bayramov met with Antony Blinken on March 3 and also "
            "thanked Vladimir Putin for the ceasefire reached in Moscow.",
        ),
    ],
)
def test_a_second_predicate_keeps_its_people_and_places(lang: str, text: str) -> None:
    (held,) = article_facts(text, lang, "MeetingHeld", MAY)
    assert set(held["participants"]) == {  # type: ignore[arg-type]
        "Ararat Mirzoyan",
        "Jeyhun Bayramov",
        "Antony Blinken",
    }
    assert held.get("place") is None
    assert held["date"] == "2024-03-03"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Ararat Mirzoyan and Jeyhun Bayramov met on March 3 and held talks in Moscow."),
        ("ru", "Мирзоян и Байрамов встретились 3 марта и провели переговоры в Москве."),
    ],
)
def test_a_second_predicate_naming_the_meeting_is_the_same_meeting(lang: str, text: str) -> None:
    (held,) = article_facts(text, lang, "MeetingHeld", MAY)
    assert held["place"] == "Moscow"


def test_a_middle_initial_names_the_person_in_full() -> None:
    text = "Ararat Mirzoyan met with Deputy Secretary of State Stephen E. Biegun on March 3."
    (held,) = article_facts(text, "en", "MeetingHeld", MAY)
    assert set(held["participants"]) == {"Ararat Mirzoyan", "Stephen Biegun"}  # type: ignore[arg-type]
