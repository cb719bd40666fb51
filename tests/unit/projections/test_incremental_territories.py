"""Property: settling a territory incrementally gives the bytes of deriving it from scratch."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from contracts.envelope import Event
from services.projections import territories
from services.projections.territory_incremental import TerritoryDeriver
from tests.support.builders import events_from_gold
from tests.support.incremental import (
    BATCH_SIZES,
    assert_settles_equal_scratch,
    corrections,
    with_corrections,
)

pytestmark = pytest.mark.unit
PARTIES = ["Armenia", "Azerbaijan", "Russia"]
FORCES = ["Russian peacekeepers", "EU monitors"]
DATES = [None, "2020-11-20", "2020-11-22", "2020-11", "2021-01-05", "2021", "2022-03-01"]
KINDS = [
    "TerritoryTransferred",
    "TerritoryTransferred",
    "TerritoryTransferScheduled",
    "PeacekeepersDeployed",
    "PeacekeepersWithdrawn",
]

fact_spec = st.tuples(
    st.sampled_from(KINDS),
    st.sampled_from([None, *PARTIES]),  # from
    st.sampled_from([None, *PARTIES]),  # to
    st.sampled_from(FORCES),
    st.sampled_from(DATES),
    st.integers(1, 9),  # the month it was published in
)


def _fact(kind: str, from_: Any, to: Any, force: str, date: Any) -> dict[str, Any]:
    if kind.startswith("Peacekeepers"):
        fact: dict[str, Any] = {"kind": kind, "force": force, "area": "Lachin District"}
    else:
        fact = {"kind": kind, "territory": "Lachin District", "to": to or "Azerbaijan"}
        if from_ is not None:
            fact["from"] = from_
    if date is not None:
        fact["date"] = date
    return fact


def _events(specs: list[tuple[Any, ...]], fixes: list[tuple[int, int, bool]]) -> list[Event]:
    facts: list[Event] = []
    for i, (kind, from_, to, force, date, month) in enumerate(specs):
        fact = _fact(kind, from_, to, force, date)
        facts += events_from_gold([fact], article=f"t{i}", published=f"2021-0{month}-15")
    return with_corrections(facts, fixes)


@settings(max_examples=120, deadline=None)
@given(
    st.lists(fact_spec, min_size=1, max_size=30),
    corrections(max_size=5),
    BATCH_SIZES,
    st.randoms(use_true_random=False),
)
def test_incremental_settles_equal_settling_from_scratch(
    specs: list[tuple[Any, ...]],
    fixes: list[tuple[int, int, bool]],
    sizes: list[int],
    rnd: Any,
) -> None:
    deriver = TerritoryDeriver()
    assert_settles_equal_scratch(
        _events(specs, fixes),
        KINDS,
        sizes,
        rnd,
        territories.record_all,
        territories.settle,
        deriver.settle,
    )
