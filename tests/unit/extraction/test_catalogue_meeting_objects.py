"""A plural group word as the object of a meeting word refers back to the people of the
sentence before ("will meet with the ministers", "встретился с ними"), as a plural subject does
("the two leaders met"); with "separately" each of them meets the subject on their own
(sentences written for the test)."""

import datetime as dt

from .catalogue import article_facts

DAY = dt.date(2024, 2, 26)


def _tables(text: str, lang: str, kind: str) -> set[frozenset[str]]:
    return {
        frozenset(f["participants"])  # type: ignore[arg-type]
        for f in article_facts(text, lang, kind, DAY)
    }


def test_separate_talks_with_the_ministers_named_before_are_one_per_minister() -> None:
    text = (
        "Sergey Lavrov will host Armenia's Ararat Mirzoyan and Azerbaijan's Jeyhun Bayramov in "
        "Moscow on Wednesday.\n\nLavrov will separately meet with the ministers ahead of a "
        "trilateral meeting."
    )
    tables = _tables(text, "en", "MeetingAnnounced")
    assert frozenset({"Sergey Lavrov", "Ararat Mirzoyan"}) in tables
    assert frozenset({"Sergey Lavrov", "Jeyhun Bayramov"}) in tables


def test_a_past_meeting_with_them_joins_the_people_named_before() -> None:
    text = (
        "Ararat Mirzoyan and Jeyhun Bayramov arrived in Tbilisi on Saturday.\n\n"
        "On Saturday Irakli Garibashvili met separately with the two ministers in Tbilisi."
    )
    tables = _tables(text, "en", "MeetingHeld")
    assert frozenset({"Irakli Garibashvili", "Ararat Mirzoyan"}) in tables
    assert frozenset({"Irakli Garibashvili", "Jeyhun Bayramov"}) in tables


def test_russian_object_pronoun_refers_to_the_people_before() -> None:
    text = (
        "Арарат Мирзоян и Джейхун Байрамов прибыли в Тбилиси в субботу.\n\n"
        "В субботу Ираклий Гарибашвили встретился с ними по отдельности в Тбилиси."
    )
    tables = _tables(text, "ru", "MeetingHeld")
    assert frozenset({"Irakli Garibashvili", "Ararat Mirzoyan"}) in tables
    assert frozenset({"Irakli Garibashvili", "Jeyhun Bayramov"}) in tables


def test_a_meeting_with_a_named_person_takes_no_one_from_before() -> None:
    text = (
        "Ararat Mirzoyan and Jeyhun Bayramov arrived in Tbilisi on Saturday.\n\n"
        "On Saturday Irakli Garibashvili met with Sergey Lavrov in Tbilisi."
    )
    assert _tables(text, "en", "MeetingHeld") == {
        frozenset({"Irakli Garibashvili", "Sergey Lavrov"})
    }
