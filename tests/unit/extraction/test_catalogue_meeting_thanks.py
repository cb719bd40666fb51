"""Thanking someone for hosting or holding talks refers to the talks already told: the one
thanked hosted them, is no participant, and the clause tells no second meeting (the guide:
participants are those at the table). Sentences written for the test."""

import pytest

from .catalogue import article_facts

HELD_THEN_THANKED = [
    (
        "Bayramov and Mirzoyan met in Washington on October 18. "
        "Both ministers thanked the United States for hosting the talks.",
        "en",
    ),
    (
        "Mirzoyan and Bayramov held talks in Almaty on October 18. "
        "The ministers expressed gratitude to Kazakhstan for organising the negotiations.",
        "en",
    ),
    (
        "Bayramov and Mirzoyan met in Washington on October 18. "
        "The two ministers are grateful to the American side for hosting the meeting.",
        "en",
    ),
    (
        "18 октября Мирзоян и Байрамов провели встречу в Вашингтоне. "
        "Оба министра выразили признательность американской стороне за проведение переговоров "
        "между Арменией и Азербайджаном.",
        "ru",
    ),
    (
        "18 октября Байрамов и Мирзоян встретились в Алматы. "
        "Министры поблагодарили Казахстан за организацию встречи.",
        "ru",
    ),
]


@pytest.mark.parametrize(("text", "language"), HELD_THEN_THANKED)
def test_thanks_for_hosting_tells_no_second_meeting(text: str, language: str) -> None:
    held = article_facts(text, language, "MeetingHeld")
    assert len(held) == 1
    assert sorted(held[0]["participants"]) == ["Ararat Mirzoyan", "Jeyhun Bayramov"]
