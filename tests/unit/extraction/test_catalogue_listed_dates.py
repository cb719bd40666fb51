"""A list of dates shares its year (sentences written for the test).

Coordination: a year-less item of a list of dates takes the year of the next item that gives one
("11 января, 26 ноября 2021 года", "January 11 and November 26, 2021"), before a year written
earlier in the sentence or the publication's (a list runs forward in time: "9 November and 11
January 2021" is 2020, then 2021); bare months of a list ("января и ноября 2021 г.")
are month dates of that year.
"""

import datetime as dt

from services.extraction.dates import find_dates

DAY = dt.date(2023, 4, 26)


def _values(text: str, lang: str) -> list[str]:
    return [d.value for d in find_dates(text, 0, lang, DAY, "past", None)]


def test_russian_list_shares_the_year_backwards_over_an_earlier_year() -> None:
    text = "Он сослался на заявления от 9 ноября 2020 года, 11 января, 26 ноября 2021 года."
    assert _values(text, "ru") == ["2020-11-09", "2021-01-11", "2021-11-26"]


def test_russian_list_joined_by_and() -> None:
    text = "Переговоры прошли 14 марта и 2 апреля 2021 года в Москве."
    assert _values(text, "ru") == ["2021-03-14", "2021-04-02"]
    text = "Встречи прошли 20 декабря, 15 января и 2 февраля 2022 года."
    assert _values(text, "ru") == ["2021-12-20", "2022-01-15", "2022-02-02"]


def test_english_list_with_a_comma_and_and() -> None:
    text = "The talks took place on May 3, June 8 and July 12, 2021."
    assert _values(text, "en") == ["2021-05-03", "2021-06-08", "2021-07-12"]


def test_english_day_first_list_runs_forward_in_time() -> None:
    text = "The documents were signed on 9 November and 11 January 2021."
    assert _values(text, "en") == ["2020-11-09", "2021-01-11"]


def test_russian_bare_months_share_the_year() -> None:
    text = "Премьер напомнил о заявлениях от 9 ноября 2020 г., января и ноября 2021 г."
    assert _values(text, "ru") == ["2020-11-09", "2021-01", "2021-11"]


def test_a_range_is_no_list() -> None:
    text = "Бои шли с 27 сентября по 10 ноября 2020 года."
    assert _values(text, "ru")[1] == "2020-11-10"
    text = "They met on April 5. On May 9, 2021 they signed."
    assert _values(text, "en")[0] == "2023-04-05"
