"""Property: settling a meeting group incrementally gives the bytes of deriving it anew."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from contracts.envelope import Event
from services.projections import meetings
from services.projections.meeting_incremental import MeetingDeriver
from services.projections.meeting_models import MeetingGroup
from tests.support.builders import events_from_gold
from tests.support.incremental import (
    BATCH_SIZES,
    assert_settles_equal_scratch,
    corrections,
    with_corrections,
)

pytestmark = pytest.mark.unit
PAIR = ["Ilham Aliyev", "Nikol Pashinyan"]
KINDS = ["MeetingAnnounced", "MeetingHeld", "MeetingDenied", "MeetingPostponed"]
# days, months and years that nest and neighbour each other, so that new claims join,
# merge and move clusters (a new first day of a month, a postponement between two dates)
DATES = [None, "2022-10-01", "2022-10-06", "2022-10", "2022-11-02", "2022", "2023-05-14"]
DATES += ["2023-05", "2023-06-01", "2023-06-20", "2023"]
PLACES = [None, "Prague", "Munich"]

fact_spec = st.tuples(
    st.sampled_from(KINDS),
    st.sampled_from(DATES),
    st.sampled_from(DATES),  # a postponement's previous date
    st.sampled_from(PLACES),
    st.integers(1, 9),  # the month it was published in
)


def _fact(kind: str, date: Any, previous: Any, place: Any) -> dict[str, Any]:
    fact: dict[str, Any] = {"kind": kind, "participants": PAIR}
    if date is not None:
        fact["date"] = date
    if kind == "MeetingPostponed" and previous is not None:
        fact["previous_date"] = previous
    if kind == "MeetingDenied":
        fact["denied_by"] = ["Armenia"]
    if place is not None and kind != "MeetingDenied":
        fact["place"] = place
    return fact


def _events(specs: list[tuple[Any, ...]], fixes: list[tuple[int, int, bool]]) -> list[Event]:
    facts: list[Event] = []
    for i, (kind, date, previous, place, month) in enumerate(specs):
        fact = _fact(kind, date, previous, place)
        built = events_from_gold([fact], article=f"m{i}", published=f"2022-0{month}-15")
        facts += [e for e in built if e.type in meetings.MEETING_KINDS]
    return with_corrections(facts, fixes)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(fact_spec, min_size=1, max_size=40),
    corrections(max_size=6),
    BATCH_SIZES,
    st.randoms(use_true_random=False),
)
def test_incremental_settles_equal_settling_from_scratch(
    specs: list[tuple[Any, ...]],
    fixes: list[tuple[int, int, bool]],
    sizes: list[int],
    rnd: Any,
) -> None:
    assert_settles_equal_scratch(
        _events(specs, fixes),
        KINDS,
        sizes,
        rnd,
        meetings.record_all,
        _from_scratch,
        MeetingDeriver().settle,
    )


def _from_scratch(state: MeetingGroup) -> MeetingGroup:
    return meetings.settle(state.model_copy(update={"meetings": ()}))


def test_a_state_parsed_again_is_derived_from_scratch() -> None:
    events = _events([("MeetingAnnounced", "2022-10-01", None, None, 1)] * 3, [])
    deriver = MeetingDeriver()
    state = deriver.settle(meetings.record_all(None, events[:2]))
    parsed = MeetingGroup.model_validate_json(state.model_dump_json())
    extended = meetings.record_all(parsed, events[2:])
    expected = meetings.settle(extended).model_dump_json()
    assert deriver.settle(extended).model_dump_json() == expected
