"""One meeting told once by its states and once by their people ("the working group of
Azerbaijan, Armenia and Russia met in Moscow on June 2 ... co-chaired by Mustafayev,
Grigoryan and Overchuk") is one MeetingHeld, of the people (the gold lists each person with
the state as an alternative). Sentences written for the test."""

import datetime as dt

import pytest

from .catalogue import article_facts

DAY = dt.date(2023, 6, 2)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "On June 2, a meeting of the trilateral working group of Azerbaijan, Armenia and "
            "Russia was held in Moscow. On June 2 the meeting in Moscow was co-chaired by "
            "Deputy Prime Ministers Shahin Mustafayev, Mher Grigoryan and Alexei Overchuk.",
        ),
        (
            "en",
            "Armenia and Azerbaijan held talks in Washington on June 1. Foreign Ministers "
            "Ararat Mirzoyan and Jeyhun Bayramov met in Washington on June 1.",
        ),
        (
            "ru",
            "2 июня в Москве состоялось заседание трехсторонней рабочей группы Азербайджана, "
            "Армении и России. 2 июня в Москве заседание провели вице-премьеры Шахин "
            "Мустафаев, Мгер Григорян и Алексей Оверчук.",
        ),
        (
            "ru",
            "1 июня в Вашингтоне прошли переговоры Армении и Азербайджана. 1 июня в "
            "Вашингтоне встретились министры иностранных дел Арарат Мирзоян и Джейхун "
            "Байрамов.",
        ),
    ],
)
def test_a_meeting_of_states_and_of_their_people_is_one(lang: str, text: str) -> None:
    facts = article_facts(text, lang, "MeetingHeld", DAY)
    assert len(facts) == 1
    assert all(p not in ("Armenia", "Azerbaijan", "Russia") for p in facts[0]["participants"])


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # another day: two meetings
        (
            "en",
            "Armenia and Azerbaijan held talks in Washington on May 4. Foreign Ministers "
            "Ararat Mirzoyan and Jeyhun Bayramov met in Washington on June 1.",
        ),
        (
            "ru",
            "4 мая в Вашингтоне прошли переговоры Армении и Азербайджана. 1 июня в "
            "Вашингтоне встретились министры иностранных дел Арарат Мирзоян и Джейхун "
            "Байрамов.",
        ),
    ],
)
def test_states_and_people_on_other_days_stay_two(lang: str, text: str) -> None:
    assert len(article_facts(text, lang, "MeetingHeld", DAY)) == 2
