"""Property: any order of (re)delivery of the same events gives the same read model bytes."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from contracts.envelope import Event
from services.projections.registry import PROJECTIONS
from services.projector.fold import fold
from tests.support.builders import events_from_gold
from tests.support.folding import fold_all

pytestmark = pytest.mark.unit
PAIR = ["Ilham Aliyev", "Nikol Pashinyan"]


def _pool() -> list[Event]:
    facts: list[dict[str, Any]] = [
        {"kind": "MeetingAnnounced", "participants": PAIR, "date": "2022-10-01"},
        {"kind": "MeetingPostponed", "participants": PAIR, "date": "2022-10-06"},
        {"kind": "MeetingDenied", "participants": PAIR, "denied_by": ["Armenia"]},
        {"kind": "MeetingHeld", "participants": PAIR, "date": "2022-10-06", "place": "Prague"},
        {"kind": "MeetingAnnounced", "participants": PAIR, "date": "2022-10"},
        {
            "kind": "MeetingCancelled",
            "participants": ["Ilham Aliyev", "Emmanuel Macron"],
            "date": "2023-10-05",
        },
        {
            "kind": "TerritoryTransferScheduled",
            "territory": "Aghdam District",
            "to": "Azerbaijan",
            "date": "2020-11-20",
        },
        {
            "kind": "TerritoryTransferred",
            "territory": "Aghdam District",
            "from": "Armenia",
            "to": "Azerbaijan",
            "date": "2020-11-20",
        },
        {"kind": "TerritoryTransferred", "territory": "Aghdam District", "to": "Azerbaijan"},
        {"kind": "PeacekeepersDeployed", "force": "Russia", "area": "Nagorno-Karabakh"},
        {
            "kind": "PeacekeepersWithdrawn",
            "force": "Russia",
            "area": "Nagorno-Karabakh",
            "date": "2024-04",
        },
    ]
    out: list[Event] = []
    for i, fact in enumerate(facts):
        out += events_from_gold([fact], article=f"a{i}", published=f"2022-0{1 + i % 9}-15")
    return out


POOL = _pool()
REFERENCE = {p.name: fold_all(p, POOL) for p in PROJECTIONS}


@settings(max_examples=150, deadline=None)
@given(st.permutations(range(len(POOL))), st.lists(st.integers(0, len(POOL) - 1), max_size=8))
def test_any_order_with_redeliveries_gives_identical_bytes(
    order: list[int], repeats: list[int]
) -> None:
    delivered = [POOL[i] for i in order] + [POOL[i] for i in repeats]
    for projection in PROJECTIONS:
        assert fold_all(projection, delivered) == REFERENCE[projection.name]
        batched, _ = fold(projection, {}, {}, delivered)  # record all, settle once per key
        assert batched == REFERENCE[projection.name]
