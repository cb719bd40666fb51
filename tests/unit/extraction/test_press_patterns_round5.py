"""Constructions seen in real press, fifth set (sentences written for the test)."""

import datetime as dt

from services.extraction import extract_article, to_gold
from services.extraction.models import ExtractedFact


def _facts(text: str, published: dt.date, kind: str, lang: str = "en") -> list[ExtractedFact]:
    return [f for f in extract_article(text, published, lang).facts if f.kind == kind]


def _speakers(text: str, published: dt.date, lang: str) -> set[str]:
    return {to_gold(f)["speaker"] for f in _facts(text, published, "StatementMade", lang)}


def test_a_title_opening_the_sentence_is_no_first_name() -> None:
    text = (
        "Министр обороны Армении Аршак Карапетян прибыл в Москву.\n\n"
        "Министр Карапетян подчеркнул важность союзнических отношений."
    )
    speakers = _speakers(text, dt.date(2024, 11, 21), "ru")
    assert not any(s.startswith("Ministr") for s in speakers)


def test_a_region_in_a_job_title_is_no_speaker() -> None:
    text = (
        "Earlier, John Smithers, Director for Eastern Europe and Central Asia at the Foundation, "
        "had reported about a possible meeting."
    )
    assert "Central Asia" not in _speakers(text, dt.date(2021, 12, 3), "en")


def test_a_meeting_that_is_the_occasion_of_a_saying_took_place() -> None:
    text = (
        "Президент России Владимир Путин заявил в ходе встречи с президентом Азербайджана "
        "Ильхамом Алиевым, что в ближайшее время будет подписана новая декларация."
    )
    published = dt.date(2022, 2, 22)
    (held,) = _facts(text, published, "MeetingHeld", "ru")
    assert set(held.arguments["participants"]) == {"Vladimir Putin", "Ilham Aliyev"}
    assert _facts(text, published, "MeetingAnnounced", "ru") == []


def test_no_meeting_planned_is_a_denial_by_whoever_says_so() -> None:
    text = (
        "At the moment no meetings between Putin, Aliyev and myself are planned, Armenian Prime "
        "Minister Nikol Pashinyan said on Sunday."
    )
    published = dt.date(2021, 11, 7)
    (denied,) = _facts(text, published, "MeetingDenied")
    assert denied.arguments["denied_by"] == ["Nikol Pashinyan"]
    assert _facts(text, published, "MeetingAnnounced") == []


def test_a_meeting_not_being_planned_is_denied() -> None:
    text = (
        "Pashinyan's meeting with Aliyev is not being planned, Armenian Foreign Ministry "
        "Spokesman Vahan Hunanyan wrote on Saturday."
    )
    published = dt.date(2021, 10, 23)
    assert _facts(text, published, "MeetingAnnounced") == []
    (denied,) = _facts(text, published, "MeetingDenied")
    assert denied.arguments["denied_by"] == ["Vahan Hunanyan"]


def test_a_signing_still_to_come_is_no_agreement_signed() -> None:
    published = dt.date(2022, 2, 22)
    for text, lang in (
        ("Путин и Алиев подпишут декларацию о союзническом взаимодействии.", "ru"),
        ("Лидеры двух стран планируют подписать декларацию о сотрудничестве.", "ru"),
        ("Putin and Aliyev to sign a declaration on allied cooperation.", "en"),
        ("We should not limit ourselves to signing a peace treaty, Bayramov said.", "en"),
    ):
        assert _facts(text, published, "AgreementSigned", lang) == [], text


def test_a_protocol_signed_on_a_day_was_signed() -> None:
    text = (
        "According to the protocol signed on April 19, 2024 by Armenia and Azerbaijan, the "
        "commissions finalized the regulation."
    )
    (signed,) = _facts(text, dt.date(2024, 9, 6), "AgreementSigned")
    assert signed.arguments["date"] == "2024-04-19"
