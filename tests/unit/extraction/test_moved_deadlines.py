"""A deadline the text says was moved by N days ("delayed for 10 days", "продлён на 10 дней")
is the known deadline plus N days: the guide gives one TerritoryTransferScheduled per deadline."""

from __future__ import annotations

import datetime as dt

import pytest

from services.extraction.discourse import Draft
from services.extraction.document_dates import date_known_terms, moved_by

from .catalogue import article_facts


@pytest.mark.parametrize(
    ("sentence", "days"),
    [
        ("The handover of the district was delayed for 10 days.", 10),
        ("The withdrawal has been postponed by five days.", 5),
        ("Armenia will have ten more days to leave the district.", 10),
        ("Срок передачи района продлён на 10 дней.", 10),
        ("Баку дал Еревану отсрочку на десять дней.", 10),
        ("У армянской стороны есть ещё пять дней на вывод войск.", 5),
        ("The district must be handed over by 15 November.", 0),
        ("The talks lasted two days.", 0),
    ],
)
def test_how_far_a_deadline_moved(sentence: str, days: int) -> None:
    assert moved_by([sentence]) == days


def _scheduled(text: str) -> Draft:
    args: dict[str, str | list[str] | None] = {"territory": "Kalbajar", "to": "Azerbaijan"}
    return Draft("TerritoryTransferScheduled", args, 0, 0, [(0, len(text))])


def test_a_moved_deadline_adds_its_days_to_the_known_one() -> None:
    text = "Handover of Kalbajar to Azerbaijan delayed for 10 days."
    fact = _scheduled(text)
    date_known_terms([fact], dt.date(2020, 11, 15), text)
    assert fact.args["date"] == "2020-11-25"


def test_an_unmoved_handover_keeps_the_known_deadline() -> None:
    text = "Kalbajar is to be handed over to Azerbaijan."
    fact = _scheduled(text)
    date_known_terms([fact], dt.date(2020, 11, 12), text)
    assert fact.args["date"] == "2020-11-15"


def test_a_deadline_set_at_a_meeting_is_not_the_day_of_the_deal() -> None:
    # an agreement told as done cannot be later than the news day: "by May 15" is a deadline,
    # and the agreement takes the day of the meeting it was reached at
    text = (
        "On April 19, the ninth meeting of the border commissions of Armenia and Azerbaijan "
        "was held. During the meeting, Armenia and Azerbaijan agreed on a protocol, which "
        "should be signed by the Parties by May 15, 2024."
    )
    (deal,) = article_facts(text, "en", "AgreementSigned", dt.date(2024, 4, 20))
    assert deal["date"] == "2024-04-19"


def test_a_deadline_set_at_a_meeting_is_not_the_day_of_the_deal_ru() -> None:
    text = (
        "На заседании комиссий 19 апреля Армения и Азербайджан согласовали протокол, "
        "который должен быть подписан до 15 мая 2024 года."
    )
    deals = article_facts(text, "ru", "AgreementSigned", dt.date(2024, 4, 20))
    assert all(d.get("date") != "2024-05-15" for d in deals)
