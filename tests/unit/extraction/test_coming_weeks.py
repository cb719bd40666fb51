"""A span just ahead ("in the coming weeks", "within one month", "в ближайшие недели", "в
течение месяца") dates a plan to its month: two weeks after the news day (sentences written
for the test)."""

from __future__ import annotations

import datetime as dt

import pytest

from services.extraction.dates import find_dates

from .catalogue import article_facts

DAY = dt.date(2022, 11, 8)


@pytest.mark.parametrize(
    ("text", "lang", "published", "expected"),
    [
        ("The ministers will meet again in the coming weeks.", "en", DAY, ["2022-11"]),
        ("They agreed to meet over the next few weeks.", "en", DAY, ["2022-11"]),
        ("The leaders told their ministers to meet within one month.", "en", DAY, ["2022-11"]),
        ("Министры встретятся в ближайшие недели.", "ru", DAY, ["2022-11"]),
        ("Министры проведут встречу в течение месяца.", "ru", DAY, ["2022-11"]),
        # late in a month the plan falls in the next one
        ("The ministers will meet in the coming weeks.", "en", dt.date(2022, 8, 31), ["2022-09"]),
    ],
)
def test_a_span_just_ahead_is_dated_by_its_month(
    text: str, lang: str, published: dt.date, expected: list[str]
) -> None:
    assert [d.value for d in find_dates(text, 0, lang, published, "futr", None)] == expected


def test_a_meeting_planned_for_the_coming_weeks_has_that_month() -> None:
    for text, lang in (
        ("Jeyhun Bayramov and Ararat Mirzoyan will meet in Brussels in the coming weeks.", "en"),
        ("Джейхун Байрамов и Арарат Мирзоян встретятся в Брюсселе в ближайшие недели.", "ru"),
    ):
        (planned,) = article_facts(text, lang, "MeetingAnnounced", DAY)
        assert planned["date"] == "2022-11", text
