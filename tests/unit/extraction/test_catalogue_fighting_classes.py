"""Fighting in general constructions of the press (evt4; sentences written for the test):
reports "said earlier" that day, wars recalled in passing."""

import datetime as dt

import pytest

from .catalogue import article_facts

DAY = dt.date(2023, 9, 1)


@pytest.mark.parametrize(
    "text",
    [
        "The defence ministry said earlier that Azerbaijani troops had fired at Armenian posts "
        "near the village of Sotk.",
        "Armenia's defence ministry had earlier reported that Azerbaijani troops fired at "
        "Armenian posts near the village of Sotk.",
    ],
)
def test_a_report_made_earlier_that_day_dates_the_fire_by_the_news_day(text: str) -> None:
    """ "said earlier": the report came earlier in the news day, the fire is today's news,
    unlike "earlier" alone, which recalls the past."""
    fought = article_facts(text, "en", "HostilitiesReported", DAY)
    assert [(f["location"], f.get("date")) for f in fought] == [("Sotk", "2023-09-01")]
