"""Constructions seen in real press, fourth set: meeting times (sentences written for the
test)."""

import datetime as dt

from services.extraction import extract_article
from services.extraction.models import ExtractedFact


def _facts(text: str, published: dt.date, kind: str, lang: str = "en") -> list[ExtractedFact]:
    return [f for f in extract_article(text, published, lang).facts if f.kind == kind]


def test_a_month_from_a_later_aside_does_not_date_todays_meeting() -> None:
    text = (
        "The Pashinyan-Aliyev-Michel-Macron meeting kicked off in Prague.\n\n"
        "It is the first meeting between Pashinyan and Aliyev since the attack on Armenia weeks "
        "ago, which left Azerbaijani troops near Jermuk."
    )
    facts = _facts(text, dt.date(2022, 10, 6), "MeetingHeld")
    prague = [f for f in facts if f.arguments.get("place") == "Prague"]
    assert [f.arguments["date"] for f in prague] == ["2022-10-06"]


def test_talks_welcomed_for_days_already_past_were_held() -> None:
    text = (
        "Мы приветствуем проведение 10-11 мая переговоров глав МИД Армении и Азербайджана в Алматы."
    )
    published = dt.date(2024, 5, 15)
    (held,) = _facts(text, published, "MeetingHeld", "ru")
    assert held.arguments["date"] == "2024-05-10"
    assert _facts(text, published, "MeetingAnnounced", "ru") == []


def test_a_plan_dated_by_its_saying_stays_a_plan() -> None:
    text = (
        "Песков накануне заявлял, что ведется подготовка трехсторонней встречи Владимира "
        "Путина, Никола Пашиняна и Ильхама Алиева."
    )
    assert _facts(text, dt.date(2022, 10, 26), "MeetingHeld", "ru") == []


def test_a_two_aspect_verb_in_the_present_is_no_future() -> None:
    from services.extraction.text import analyse_ru

    assert analyse_ru("приветствуем")[2] == "pres"
    assert analyse_ru("встретятся")[2] == "futr"


def _speakers(text: str, lang: str = "en") -> set[object]:
    return {
        f.arguments["speaker"] for f in _facts(text, dt.date(2023, 6, 15), "StatementMade", lang)
    }


def test_any_state_institution_speaks_under_the_possessive_and_adjective_forms() -> None:
    text = (
        "An attempt by a group of Azerbaijani soldiers to cross the border near the village "
        "was thwarted on Thursday, Armenia's National Security Service said."
    )
    assert _speakers(text) == {"National Security Service (Armenia)"}


def test_a_possessive_alias_in_the_gazetteer_matches_the_possessive_token() -> None:
    text = (
        "Azerbaijan's State Border Service said on Thursday that its positions near the "
        "border had come under fire overnight from the other side."
    )
    assert "State Border Service (Azerbaijan)" in _speakers(text)


def test_a_quote_listing_towns_is_no_headline_and_its_unknown_speaker_counts() -> None:
    text = (
        "“They hit Stepanakert, Shushi, Martakert, Shosh, and several other communities,” "
        "State Service of Emergency Situations spokesperson Hunan Tadevosyan told ARMENPRESS."
    )
    assert "Hunan Tadevosyan" in _speakers(text)
