"""Date resolution against the publication date, tense and narrative context."""

from __future__ import annotations

import datetime as dt

from services.extraction.dates import find_dates

PUB = dt.date(2021, 11, 23)


def one(
    text: str, tense: str | None = "past", year: int | None = None, language: str = "ru"
) -> tuple[str, str, str]:
    found = find_dates(text, 0, language, PUB, tense, year)
    assert len(found) == 1, found
    return found[0].value, found[0].precision, found[0].derivation


def test_future_day_without_year() -> None:
    assert one("26 ноября в Сочи состоятся", "futr") == (
        "2021-11-26",
        "day",
        "inferred: year from publication date, future tense",
    )


def test_future_day_wraps_to_next_year() -> None:
    assert one("встреча пройдёт 15 января", "futr")[0] == "2022-01-15"


def test_future_tense_a_few_days_back_is_a_late_report_not_next_year() -> None:
    assert one("переговоры пройдут 18 ноября", "futr")[0] == "2021-11-18"


def test_last_and_this_month_name() -> None:
    assert one("last September", language="en")[0] == "2021-09"
    assert one("last November", language="en")[0] == "2020-11"
    assert one("this December", "futr", language="en")[0] == "2021-12"


def test_night_of_in_past_narrative() -> None:
    value, precision, how = one("соглашение, достигнутое в ночь на 10 ноября", "past", 2020)
    assert (value, precision) == ("2020-11-10", "day")
    assert how.startswith("inferred:") and how.endswith("night of")


def test_month_precision() -> None:
    assert one("В сентябре 2020 года в Карабахе")[:2] == ("2020-09", "month")
    assert one("в сентябре прошлого года")[:2] == ("2020-09", "month")


def test_explicit_and_relative() -> None:
    assert one("от 9 ноября 2020 года")[:2] == ("2020-11-09", "day")
    assert one("накануне")[0] == "2021-11-22"
    assert one("во вторник")[0] == "2021-11-23"
    assert one("в 2020 году")[:2] == ("2020", "year")


def test_impossible_date_is_ignored() -> None:
    assert find_dates("31 февраля", 0, "ru", PUB, "past", None) == []


def test_english() -> None:
    assert one("on November 26, 2021", "futr", language="en")[0] == "2021-11-26"
    assert one("in September 2020", language="en")[:2] == ("2020-09", "month")
    assert one("talks on December 14", "futr", language="en")[0] == "2021-12-14"


def test_every_derivation_names_its_category() -> None:
    for text in (
        "26 ноября в Сочи",
        "в сентябре 2020 года",
        "накануне",
        "во вторник",
        "в 2020 году",
    ):
        how = one(text)[2]
        assert how.split(":")[0] in ("explicit", "relative", "inferred"), how


def test_a_day_with_a_year_relative_to_publication() -> None:
    assert one("подписали 9 ноября прошлого года") == (
        "2020-11-09",
        "day",
        "relative: year (прошлого)",
    )
    assert one("signed on November 9 last year", language="en")[0] == "2020-11-09"
    assert one("due on 15 January next year", "futr", language="en")[0] == "2022-01-15"
    assert one("до 1 декабря этого года", "futr")[0] == "2021-12-01"


def test_a_day_naming_a_document_already_issued_is_past_whatever_the_tense() -> None:
    # published 2021-11-23: a future sentence would put 10 December in the next weeks
    assert one("будут действовать в соответствии с заявлением от 10 декабря", "futr") == (
        "2020-12-10",
        "day",
        "inferred: year from publication date, a document already issued",
    )
    assert one("will follow the December 10 joint statement", "futr", language="en")[0] == (
        "2020-12-10"
    )
    assert one("the talks will be held on December 10", "futr", language="en")[0] == "2021-12-10"


def test_a_weekday_said_to_be_past_or_to_come() -> None:
    # published Tuesday 2021-11-23
    assert one("в минувшую пятницу стороны встретились")[0] == "2021-11-19"
    assert one("в прошлый вторник")[0] == "2021-11-16"  # the same weekday: a week back
    assert one("в следующую среду", "futr")[0] == "2021-11-24"
    assert one("they met last Friday", language="en")[0] == "2021-11-19"
    assert one("talks next Tuesday", None, language="en")[0] == "2021-11-30"


def test_a_year_less_date_after_a_year_in_the_same_sentence_is_in_that_year() -> None:
    found = find_dates(
        "the war in autumn 2020 ended in November with a truce", 0, "en", PUB, "past", None
    )
    assert [d.value for d in found] == ["2020", "2020-11"]
    # a bound of a period is not the year of what follows
    found = find_dates(
        "tense since 1991, but clashes broke out on Sept. 27", 0, "en", PUB, "past", None
    )
    assert [d.value for d in found] == ["1991", "2021-09-27"]


def test_a_weekday_opening_a_sentence() -> None:
    assert one("On Friday, the ministers will meet in Moscow", "futr", language="en")[0] == (
        "2021-11-26"
    )


def test_a_month_opening_a_sentence() -> None:
    assert one("In August, fighting flared in the region", language="en")[0] == "2021-08"
    assert one("Late August saw new clashes", language="en")[0] == "2021-08"


def test_an_english_day_written_as_an_ordinal_before_the_month() -> None:
    assert one("(Agency - 15th December, 2020) The commander said", language="en")[0] == (
        "2020-12-15"
    )
    assert one("on the 3rd of November", language="en")[0] == "2021-11-03"
