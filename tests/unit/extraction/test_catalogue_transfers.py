"""Territory changes recalled in passing, in the constructions the press uses (sentences
written for the test): the known change dates its undated or wrongly dated mention."""

import datetime as dt

from .catalogue import article_facts


def _moved(text: str, lang: str, day: dt.date) -> list[tuple[object, object, object]]:
    facts = article_facts(text, lang, "TerritoryTransferred", day)
    return [(f["territory"], f.get("from"), f.get("date")) for f in facts]


def test_the_september_2023_offensive_recalled_after_a_weekday_is_dated_by_itself() -> None:
    text = (
        "The German minister visited Yerevan on Tuesday, the first such visit since "
        "Azerbaijani forces retook Karabakh."
    )
    assert _moved(text, "en", dt.date(2023, 10, 12)) == [
        ("Nagorno-Karabakh", "Republic of Artsakh", "2023-09")
    ]


def test_last_years_offensive_is_taken_from_the_breakaway_republic() -> None:
    text = "Azerbaijan recaptured Nagorno-Karabakh last year in a swift offensive."
    assert _moved(text, "en", dt.date(2024, 3, 5)) == [
        ("Nagorno-Karabakh", "Republic of Artsakh", "2023")
    ]


def test_an_undated_2020_handover_takes_the_handover_day() -> None:
    text = "Earlier, Armenian troops withdrew from the Kalbajar and Agdam regions."
    assert set(_moved(text, "en", dt.date(2020, 12, 3))) == {
        ("Kalbajar District", "Armenia", "2020-11-25"),
        ("Aghdam District", "Armenia", "2020-11-20"),
    }


def test_a_town_taken_later_keeps_the_news_day() -> None:
    # the town of Lachin changed hands in August 2022, not with the district in 2020
    text = "Армия Азербайджана взяла под свой контроль город Лачин."
    assert _moved(text, "ru", dt.date(2022, 8, 26)) == [("Lachin", "Armenia", "2022-08-26")]


def test_a_change_written_about_before_it_happened_is_not_dated_by_it() -> None:
    text = "Azerbaijani troops entered the Kalbajar district, the ministry said."
    (moved,) = _moved(text, "en", dt.date(2020, 10, 20))
    assert moved[2] != "2020-11-25"
