"""Wave 19, meeting participants: a title names its holder of the day, and a title standing in
apposition to a name is that named person, not a second one (sentences written for the test)."""

import datetime as dt

from tests.unit.extraction.catalogue import article_facts


def _tables(text: str, lang: str, day: dt.date) -> list[set[str]]:
    return [set(f["participants"]) for f in article_facts(text, lang, "MeetingHeld", day)]  # type: ignore[arg-type]


def test_a_title_in_apposition_before_a_name_is_that_person_en() -> None:
    text = (
        "The OSCE Chairperson-in-Office, the Foreign Minister of Sweden Ann Linde, met with "
        "Ararat Mirzoyan in Yerevan on Monday."
    )
    assert _tables(text, "en", dt.date(2021, 11, 10)) == [{"Ann Linde", "Ararat Mirzoyan"}]


def test_an_incoming_holder_named_beside_the_title_is_not_the_holder_of_the_day() -> None:
    text = (
        "Jeyhun Bayramov met incoming OSCE Chairperson-in-Office Polish Foreign Minister "
        "Zbigniew Rau in Stockholm on Thursday."
    )
    assert _tables(text, "en", dt.date(2021, 12, 4)) == [{"Jeyhun Bayramov", "Zbigniew Rau"}]


def test_a_title_in_apposition_before_a_name_is_that_person_ru() -> None:
    text = (
        "Джейхун Байрамов встретился в Баку с действующим председателем ОБСЕ, главой МИД "
        "Польши Збигневом Рау."
    )
    assert _tables(text, "ru", dt.date(2022, 3, 4)) == [{"Jeyhun Bayramov", "Zbigniew Rau"}]


def test_a_deputy_beside_the_office_title_is_the_deputy_ru() -> None:
    text = (
        "Главы МИД Армении и Азербайджана Зограб Мнацаканян и Джейхун Байрамов встретились "
        "в Вашингтоне с первым заместителем госсекретаря США Стивеном Бигуном."
    )
    tables = _tables(text, "ru", dt.date(2020, 10, 25))
    assert {"Zohrab Mnatsakanyan", "Jeyhun Bayramov", "Stephen Biegun"} in tables
    assert not any("United States" in t or "Mike Pompeo" in t for t in tables)


def test_a_title_joined_by_and_stays_a_second_participant() -> None:
    text = "The OSCE Chairperson-in-Office and Ararat Mirzoyan met in Vienna on Monday."
    tables = _tables(text, "en", dt.date(2021, 6, 4))
    assert tables and all("Ararat Mirzoyan" in t and len(t) == 2 for t in tables)


def test_a_title_alone_names_the_chair_of_the_year_not_the_latest() -> None:
    text = "The OSCE Chairperson-in-Office met Ararat Mirzoyan in Yerevan on Monday."
    tables = _tables(text, "en", dt.date(2023, 3, 8))
    assert tables and not any("Ian Borg" in t for t in tables)
