"""An anniversary of a taking dates the taking, not the report (terr31; sentences written for
the test): the taking fell on the report's day and month, as many years earlier as the text
counts ("second anniversary", "two years since", "прошёл год"); an anniversary with no count,
of a taking on a day of the 44-day war, is of 2020."""

import datetime as dt

import pytest

from .catalogue import article_facts


@pytest.mark.parametrize(
    ("lang", "text", "day", "date"),
    [
        (
            "en",
            "Azerbaijan is marking the anniversary of the liberation of Shusha from occupation.",
            dt.date(2023, 11, 8),
            "2020-11-08",
        ),
        (
            "en",
            "Two years have passed since the liberation of Zangilan by the Azerbaijani army.",
            dt.date(2022, 10, 20),
            "2020-10-20",
        ),
        (
            "en",
            "Baku celebrated the second anniversary of the recapture of Shusha by its army.",
            dt.date(2022, 11, 8),
            "2020-11-08",
        ),
        (
            "ru",
            "Прошел год со дня освобождения города Шуша от армянской оккупации.",
            dt.date(2021, 11, 8),
            "2020-11-08",
        ),
        (
            "ru",
            "В Азербайджане отмечают третью годовщину освобождения Шуши.",
            dt.date(2023, 11, 8),
            "2020-11-08",
        ),
    ],
)
def test_an_anniversary_dates_the_taking_years_before(
    lang: str, text: str, day: dt.date, date: str
) -> None:
    moved = article_facts(text, lang, "TerritoryTransferred", day)
    assert [f.get("date") for f in moved] == [date]


def test_a_taking_told_on_its_day_keeps_the_day() -> None:
    moved = article_facts(
        "Azerbaijani troops liberated Shusha today.",
        "en",
        "TerritoryTransferred",
        dt.date(2020, 11, 8),
    )
    assert [f.get("date") for f in moved] == ["2020-11-08"]
