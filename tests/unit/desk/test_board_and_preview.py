"""The desk's pure parts: board filters and paging, claim sides, evidence segments."""

from __future__ import annotations

from typing import Any

import pytest

from services.desk.board import PAGE_SIZE, BoardFilter, page_of, split_claims
from services.desk.preview import segments
from services.extraction.models import Evidence, ExtractedFact

pytestmark = pytest.mark.unit


def meeting(i: int, status: str = "announced", day: str | None = "2021-11-26") -> dict[str, Any]:
    return {
        "id": f"m{i}",
        "status": status,
        "participants": [{"id": "nikol-pashinyan", "name": "Nikol Pashinyan"},
                         {"id": f"envoy-{i}", "name": f"Envoy {i}"}],
        "place": {"id": "sochi", "name": "Sochi"} if i % 2 else None,
        "date": None if day is None else {"value": day, "precision": "day" if len(day) == 10
                                          else "month"},
        "claims": [],
    }  # fmt: skip


def test_filters_by_participant_place_status_and_dates() -> None:
    items = [meeting(1), meeting(2, "denied"), meeting(3, day="2021-12"), meeting(5, day=None)]
    assert [m["id"] for m in page_of(items, BoardFilter(participant="envoy 2"), 1).items] == ["m2"]
    assert [m["id"] for m in page_of(items, BoardFilter(place="SOCHI"), 1).items] == [
        "m1", "m3", "m5"]  # fmt: skip
    assert [m["id"] for m in page_of(items, BoardFilter(status="denied"), 1).items] == ["m2"]
    # a month-precise date is kept by any range that overlaps the month
    window = BoardFilter(date_from="2021-12-15", date_to="2021-12-20")
    assert [m["id"] for m in page_of(items, window, 1).items] == ["m3"]
    assert page_of(items, BoardFilter(), 1).counts["announced"] == 3


def test_pages_are_bounded_and_clamped() -> None:
    items = [meeting(i) for i in range(2 * PAGE_SIZE + 3)]
    last = page_of(items, BoardFilter(), 99)
    assert (last.number, last.pages, len(last.items), last.total) == (3, 3, 3, len(items))
    assert len(page_of(items, BoardFilter(), 1).items) == PAGE_SIZE


def test_contradicting_claims_go_to_their_own_side_in_date_order() -> None:
    claims = [
        {"fact_id": "b", "kind": "MeetingDenied", "published": "2021-11-24"},
        {"fact_id": "a", "kind": "MeetingAnnounced", "published": "2021-11-23"},
        {"fact_id": "c", "kind": "MeetingPostponed", "published": "2021-11-22"},
    ]
    affirming, contradicting = split_claims({"claims": claims})
    assert [c["fact_id"] for c in affirming] == ["a"]
    assert [c["fact_id"] for c in contradicting] == ["c", "b"]


def fact(*spans: tuple[int, int], text: str) -> ExtractedFact:
    return ExtractedFact(
        kind="MeetingAnnounced",
        arguments={},
        evidence=[Evidence(start=s, end=e, quote=text[s:e]) for s, e in spans],
    )


def test_segments_cover_the_text_and_name_overlapping_facts() -> None:
    text = "One. Two three. Four."
    facts = [fact((0, 4), (5, 15), text=text), fact((9, 21), text=text)]
    parts = segments(text, facts)
    assert "".join(p.text for p in parts) == text
    expected = [("One.", (0,)), (" ", ()), ("Two ", (0,)), ("three.", (0, 1)), (" Four.", (1,))]
    assert [(p.text, p.facts) for p in parts] == expected
