"""Catalogue (meet5): who is and who is not at a meeting — sentences written for the test."""

import datetime as dt

import pytest

from .catalogue import article_facts

DAY = dt.date(2022, 10, 20)


@pytest.mark.parametrize(
    ("lang", "kind", "text"),
    [
        (
            "en",
            "MeetingHeld",
            "Foreign ministers Jeyhun Bayramov and Ararat Mirzoyan met in Geneva on Monday for "
            "talks arranged by US Secretary of State Antony Blinken.",
        ),
        (
            "ru",
            "MeetingHeld",
            "Министры иностранных дел Джейхун Байрамов и Арарат Мирзоян встретились в Женеве в "
            "понедельник по инициативе госсекретаря США Энтони Блинкена.",
        ),
        ("ru", "MeetingDenied", "Байрамов отверг предложенную Блинкеном встречу с Мирзояном."),
    ],
)
def test_a_third_party_who_arranged_the_meeting_is_not_at_it(
    lang: str, kind: str, text: str
) -> None:
    (fact,) = article_facts(text, lang, kind, DAY)
    assert set(fact["participants"]) == {"Jeyhun Bayramov", "Ararat Mirzoyan"}  # type: ignore[arg-type]


def test_a_side_that_initiated_the_talks_is_at_them() -> None:
    text = "Ilham Aliyev met Nikol Pashinyan in Geneva on Monday, in talks initiated by Aliyev."
    (fact,) = article_facts(text, "en", "MeetingHeld", DAY)
    assert set(fact["participants"]) == {"Ilham Aliyev", "Nikol Pashinyan"}  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Sergey Lavrov opened talks in Moscow with Jeyhun Bayramov on Friday.\n"
            "He regretted Armenian side's decision to cancel its participation in the trilateral "
            "meeting.",
        ),
        (
            "ru",
            "Сергей Лавров начал переговоры в Москве с Джейхуном Байрамовым в пятницу.\n"
            "Он выразил сожаление, что армянская сторона отказалась от участия в трехсторонней "
            "встрече.",
        ),
    ],
)
def test_a_side_cancelling_its_participation_declines_the_meeting(lang: str, text: str) -> None:
    """The guide: a participant refusing to attend is a MeetingDenied, not a cancellation;
    "Armenian side" without the article is the state too."""
    (denied,) = article_facts(text, lang, "MeetingDenied", DAY)
    assert denied["denied_by"] == ["Armenia"]
    assert set(denied["participants"]) == {"Sergey Lavrov", "Jeyhun Bayramov", "Armenia"}  # type: ignore[arg-type]
    assert not article_facts(text, lang, "MeetingCancelled", DAY)


def test_opting_out_is_declining() -> None:
    text = "Aliyev and Pashinyan will meet in Granada on Thursday.\nAliyev opted out of the talks."
    (denied,) = article_facts(text, "en", "MeetingDenied", dt.date(2023, 10, 3))
    assert denied["denied_by"] == ["Ilham Aliyev"]
