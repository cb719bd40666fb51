"""Catalogue (wave 15, held meetings): talks held in turn at several venues, each venue with its
own date, are one meeting per venue (sentences written for the test)."""

import datetime as dt

from services.extraction import extract_article


def _held(text: str, published: dt.date, lang: str) -> list[tuple[str | None, str | None]]:
    facts = extract_article(text, published, lang).facts
    return sorted(
        (f.arguments.get("place"), f.arguments.get("date"))
        for f in facts
        if f.kind == "MeetingHeld"
    )


def test_english_venues_in_turn_are_two_meetings() -> None:
    text = (
        "The talks between the foreign ministers of Armenia and Azerbaijan, held in Prague in "
        "June and Paris in August, were useful."
    )
    assert _held(text, dt.date(2021, 12, 4), "en") == [
        ("Paris", "2021-08"),
        ("Prague", "2021-06"),
    ]


def test_russian_venues_in_turn_are_two_meetings() -> None:
    text = (
        "Переговоры министров иностранных дел Армении и Азербайджана прошли в Праге в марте и "
        "в Париже в мае."
    )
    assert _held(text, dt.date(2021, 12, 4), "ru") == [("Paris", "2021-05"), ("Prague", "2021-03")]


def test_one_venue_with_one_date_stays_one_meeting() -> None:
    text = (
        "The foreign ministers of Armenia and Azerbaijan met in Prague in June and agreed to "
        "talk again."
    )
    assert _held(text, dt.date(2021, 12, 4), "en") == [("Prague", "2021-06")]
