"""A list of dates under one document noun names one document per date (sentences written
for the test).

Coordination: "the statements of 9 November 2020, 11 January and 26 November 2021" are three
documents, as "the November 9 and January 11 statements" are two. A date of the list that is a
recurring document's day (the lexicon's [[document]] table) is that document: a background fact
each (the README: background facts count; one document, one fact), the year a later item of
the list gives ("11 января, 26 ноября 2021 года"), else the document's own; a month alone
("января и ноября 2021 г.") names the document of that month, dated by the month.
"""

import datetime as dt

from .catalogue import article_facts

DAY = dt.date(2023, 4, 26)


def _dates(text: str, lang: str, kind: str = "AgreementSigned") -> set[str]:
    return {str(f.get("date")) for f in article_facts(text, lang, kind, DAY)}


def test_russian_list_with_a_shared_year() -> None:
    text = (
        "Стороны подтвердили приверженность договоренностям лидеров России, Армении и "
        "Азербайджана от 9 ноября 2020 года, 11 января, 26 ноября 2021 года и 31 октября "
        "2022 года."
    )
    assert {"2021-01-11", "2021-11-26", "2022-10-31"} <= _dates(text, "ru")
    assert "2020-11-09" in _dates(text, "ru", "CeasefireAgreed")


def test_russian_list_of_months() -> None:
    text = (
        "Премьер-министр напомнил о необходимости выполнения трехсторонних заявлений от "
        "9 ноября 2020 г., января и ноября 2021 г."
    )
    assert {"2021-01", "2021-11"} <= _dates(text, "ru")


def test_english_year_less_days_before_the_noun() -> None:
    text = (
        "The ministers discussed the implementation of the November 9 and January 11 "
        "trilateral statements."
    )
    assert "2021-01-11" in _dates(text, "en")


def test_english_list_after_the_noun_with_years() -> None:
    text = (
        "Moscow insists on the trilateral statements of November 9, 2020, January 11, 2021 "
        "and November 26, 2021 being fulfilled."
    )
    assert {"2021-01-11", "2021-11-26"} <= _dates(text, "en")


def test_russian_list_in_the_passive_with_a_preposition() -> None:
    text = (
        "Эти вопросы были закреплены в заявлениях, подписанных 9 ноября 2020 года и "
        "11 января 2021 года."
    )
    assert "2021-01-11" in _dates(text, "ru")


def test_a_list_of_meeting_days_is_no_document() -> None:
    text = "The leaders met on November 9 and January 11 in Moscow."
    assert _dates(text, "en") == set()
