"""Meeting status: identity, status rules, claims kept."""

from __future__ import annotations

from typing import Any

import pytest

from services.projections.registry import MEETINGS
from tests.support.builders import events_from_gold, retraction
from tests.support.folding import fold_all, parsed

pytestmark = pytest.mark.unit
PAIR = ["Ilham Aliyev", "Nikol Pashinyan"]


def meetings_of(docs: dict[str, str]) -> dict[str, dict[str, Any]]:
    return {m["id"]: m for g in parsed(docs).values() for m in g["meetings"]}


def test_reference_article_meetings(reference_gold: dict[str, Any]) -> None:
    meetings = meetings_of(fold_all(MEETINGS, events_from_gold(reference_gold["facts"])))
    trilateral = meetings["ilham-aliyev+nikol-pashinyan+vladimir-putin@2021-11-26"]
    assert trilateral["status"] == "announced"
    assert trilateral["place"]["name"] == "Sochi"
    assert trilateral["date"]["value"] == "2021-11-26"
    kinds = sorted(c["kind"] for c in trilateral["claims"])
    assert kinds == ["MeetingAnnounced", "MeetingDenied"]
    denial = next(c for c in trilateral["claims"] if c["kind"] == "MeetingDenied")
    assert denial["claimed_by"][0]["name"] == "Office of the Prime Minister of Armenia"
    assert meetings["ilham-aliyev+vladimir-putin@2021-11-26"]["status"] == "announced"
    assert meetings["nikol-pashinyan+vladimir-putin@2021-11-26"]["status"] == "announced"
    assert len(meetings) == 3


def test_denial_published_after_announcement_makes_it_disputed() -> None:
    announced = events_from_gold(
        [
            {
                "kind": "MeetingAnnounced",
                "participants": PAIR,
                "place": "Brussels",
                "date": "2022-05-22",
            }
        ],
        published="2022-05-10",
    )
    denied = events_from_gold(
        [{"kind": "MeetingDenied", "participants": PAIR, "denied_by": ["Azerbaijan"]}],
        article="a2",
        published="2022-05-12",
    )
    [meeting] = meetings_of(fold_all(MEETINGS, announced + denied)).values()
    assert meeting["status"] == "disputed"
    assert [c["kind"] for c in meeting["claims"]] == ["MeetingAnnounced", "MeetingDenied"]


def test_denial_alone_is_denied() -> None:
    denied = events_from_gold(
        [{"kind": "MeetingDenied", "participants": PAIR, "denied_by": ["Armenia"]}]
    )
    [meeting] = meetings_of(fold_all(MEETINGS, denied)).values()
    assert meeting["status"] == "denied" and meeting["id"].endswith("@undated")


def test_postponement_moves_the_same_meeting_and_holding_it_wins() -> None:
    a = events_from_gold(
        [
            {
                "kind": "MeetingAnnounced",
                "participants": PAIR,
                "date": "2022-10-01",
                "place": "Prague",
            }
        ],
        "a1",
        "2022-09-20",
    )
    p = events_from_gold(
        [{"kind": "MeetingPostponed", "participants": PAIR, "date": "2022-10-06"}],
        "a2",
        "2022-09-28",
    )
    [meeting] = meetings_of(fold_all(MEETINGS, a + p)).values()
    assert meeting["status"] == "postponed"
    assert meeting["date"]["value"] == "2022-10-06"
    assert [d["value"] for d in meeting["earlier_dates"]] == ["2022-10-01"]
    assert meeting["id"].endswith("@2022-10-01") and meeting["place"]["name"] == "Prague"
    h = events_from_gold(
        [{"kind": "MeetingHeld", "participants": PAIR, "date": "2022-10-06", "place": "Prague"}],
        "a3",
        "2022-10-06",
    )
    [held] = meetings_of(fold_all(MEETINGS, a + p + h)).values()
    assert held["status"] == "held" and len(held["claims"]) == 3


def test_month_precision_claim_joins_the_day_meeting_and_other_days_are_other_meetings() -> None:
    facts = [
        {"kind": "MeetingAnnounced", "participants": PAIR, "date": "2021-12-14"},
        {"kind": "MeetingAnnounced", "participants": PAIR, "date": "2021-12"},
        {"kind": "MeetingAnnounced", "participants": PAIR, "date": "2022-04-06"},
    ]
    meetings = meetings_of(fold_all(MEETINGS, events_from_gold(facts)))
    assert sorted(meetings) == [
        "ilham-aliyev+nikol-pashinyan@2021-12-14",
        "ilham-aliyev+nikol-pashinyan@2022-04-06",
    ]
    assert len(meetings["ilham-aliyev+nikol-pashinyan@2021-12-14"]["claims"]) == 2


def test_cancellation_and_retraction() -> None:
    a = events_from_gold(
        [
            {
                "kind": "MeetingAnnounced",
                "participants": PAIR,
                "date": "2023-10-05",
                "place": "Granada",
            }
        ],
        "a1",
        "2023-09-30",
    )
    c = events_from_gold(
        [{"kind": "MeetingCancelled", "participants": PAIR, "date": "2023-10-05"}],
        "a2",
        "2023-10-04",
    )
    [meeting] = meetings_of(fold_all(MEETINGS, a + c)).values()
    assert meeting["status"] == "cancelled"
    [after] = meetings_of(fold_all(MEETINGS, [*a, *c, retraction(c[0])])).values()
    assert after["status"] == "announced"
    cancelled = next(x for x in after["claims"] if x["kind"] == "MeetingCancelled")
    assert cancelled["retracted"] is True and cancelled["correction_reason"] == "misread"
