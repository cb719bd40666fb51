"""Two meetings told in one sentence, one of them in a clause of time (sentences written for
the test): the subject met each side in turn, one fact per pair."""

import datetime as dt

import pytest

from .catalogue import article_facts

DAY = dt.date(2023, 5, 5)


@pytest.mark.parametrize(
    ("lang", "text", "pairs"),
    [
        (
            "en",
            "Blinken received Armenian Foreign Minister Ararat Mirzoyan at the State "
            "Department on Thursday, an hour after hosting a meeting with Azerbaijani Foreign "
            "Minister Jeyhun Bayramov.",
            {
                frozenset({"Antony Blinken", "Ararat Mirzoyan"}),
                frozenset({"Antony Blinken", "Jeyhun Bayramov"}),
            },
        ),
        (
            "ru",
            "Мишель встретился с Пашиняном в Брюсселе после встречи с Алиевым.",
            {
                frozenset({"Charles Michel", "Nikol Pashinyan"}),
                frozenset({"Charles Michel", "Ilham Aliyev"}),
            },
        ),
    ],
)
def test_a_meeting_after_another_is_one_fact_per_pair(
    lang: str, text: str, pairs: set[frozenset[str]]
) -> None:
    held = article_facts(text, lang, "MeetingHeld", DAY)
    assert {frozenset(h["participants"]) for h in held} == pairs  # type: ignore[arg-type]


def test_one_meeting_told_after_another_event_stays_one() -> None:
    # nobody named inside the clause of time: one meeting of the three
    text = "Blinken met Bayramov and Mirzoyan in Washington after the ceremony."
    (held,) = article_facts(text, "en", "MeetingHeld", DAY)
    assert set(held["participants"]) == {  # type: ignore[arg-type]
        "Antony Blinken",
        "Jeyhun Bayramov",
        "Ararat Mirzoyan",
    }


def test_who_spoke_after_a_meeting_met_one_side_only() -> None:
    text = "After meeting with Ilham Aliyev, Charles Michel said the talks were useful."
    (held,) = article_facts(text, "en", "MeetingHeld", DAY)
    assert set(held["participants"]) == {"Ilham Aliyev", "Charles Michel"}  # type: ignore[arg-type]
