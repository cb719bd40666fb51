"""A year refined by a month of that year in the same clause dates the fact by the month
(sentences written for the test): the guide dates a fact as precisely as the text dates it, and
"in 2020 ... in December" or "the November 2020 ceasefire deal" says the month. A month told in
another clause ("in 2020 ..., and in November ...") is another event's and refines nothing."""

import datetime as dt

from .catalogue import article_facts

DAY = dt.date(2023, 5, 4)


def test_a_year_and_a_later_month_of_one_clause_date_fighting_by_the_month() -> None:
    text = "Five soldiers were killed in 2020 in fighting near Hadrut in December."
    dates = [f.get("date") for f in article_facts(text, "en", "HostilitiesReported", DAY)]
    assert dates == ["2020-12"]


def test_a_month_and_year_naming_a_truce_date_it_by_the_month() -> None:
    text = (
        "The villages were returned as part of the November 2020 ceasefire deal between "
        "Armenia and Azerbaijan."
    )
    dates = [f.get("date") for f in article_facts(text, "en", "CeasefireAgreed", DAY)]
    assert dates == ["2020-11"]


def test_a_month_in_the_next_clause_leaves_the_fighting_in_its_year_in_russian() -> None:
    text = "В 2020 году в Карабахе шли бои, а в ноябре было подписано заявление."
    dates = [f.get("date") for f in article_facts(text, "ru", "HostilitiesReported", DAY)]
    assert dates == ["2020"]


def test_a_year_and_its_month_in_one_russian_clause_give_the_month() -> None:
    text = "В 2020 году в ходе боев в декабре у Гадрута погибли пять военных."
    dates = [f.get("date") for f in article_facts(text, "ru", "HostilitiesReported", DAY)]
    assert dates == ["2020-12"]
