"""Settling a meeting group derives again only the meetings whose claims changed."""

from __future__ import annotations

from typing import Any

import pytest

from contracts.envelope import Event
from services.projections import meetings
from services.projections.meeting_models import MeetingGroup
from tests.support.builders import events_from_gold, retraction, supersession

pytestmark = pytest.mark.unit
PAIR = ["Ilham Aliyev", "Nikol Pashinyan"]


def _meeting_events() -> list[Event]:
    facts: list[dict[str, Any]] = [
        {"kind": "MeetingAnnounced", "participants": PAIR, "date": "2022-10-01"},
        {"kind": "MeetingHeld", "participants": PAIR, "date": "2022-10-06", "place": "Prague"},
        {"kind": "MeetingAnnounced", "participants": PAIR, "date": "2022-10"},
        {"kind": "MeetingDenied", "participants": PAIR, "denied_by": ["Armenia"]},
        {"kind": "MeetingAnnounced", "participants": PAIR, "date": "2023-05-14"},
        {"kind": "MeetingPostponed", "participants": PAIR, "date": "2023-06-01"},
        {"kind": "MeetingHeld", "participants": PAIR, "date": "2024-02-17", "place": "Munich"},
    ]
    out: list[Event] = []
    for i, fact in enumerate(facts):
        out += events_from_gold([fact], article=f"m{i}", published=f"2022-0{1 + i}-15")
    return [e for e in out if e.type in meetings.MEETING_KINDS]


def _from_scratch(state: MeetingGroup) -> str:
    """The same facts settled with no meetings derived before: nothing to reuse."""
    return meetings.settle(state.model_copy(update={"meetings": ()})).model_dump_json()


def test_one_event_at_a_time_equals_deriving_everything_again() -> None:
    events = _meeting_events()
    corrections = [retraction(events[0]), supersession(events[3], events[4])]
    state = None
    for event in [*events, *corrections]:
        state = meetings.evolve(state, event)
        assert state.model_dump_json() == _from_scratch(state)
    assert state is not None
    assert any(c.retracted for m in state.meetings for c in m.claims)


def test_a_meeting_no_new_claim_touches_is_kept_as_it_was() -> None:
    events = _meeting_events()
    state = None
    for event in events[:-1]:
        state = meetings.evolve(state, event)
    assert state is not None
    before = {m.id: m for m in state.meetings}
    after = meetings.evolve(state, events[-1])  # a new meeting, in 2024
    kept = [m for m in after.meetings if m.id in before]
    assert kept and all(m is before[m.id] for m in kept)
    assert len(after.meetings) == len(before) + 1


def test_a_correction_derives_its_meeting_again() -> None:
    events = _meeting_events()
    state = None
    for event in events:
        state = meetings.evolve(state, event)
    assert state is not None
    corrected = meetings.evolve(state, retraction(events[-1]))
    [last] = [m for m in corrected.meetings if m.id.endswith("@2024-02-17")]
    assert last.status == "retracted"


def test_a_kept_fact_id_set_records_the_same_state_and_follows_it() -> None:
    events = _meeting_events()
    rebuilt = meetings.record_all(None, events[:3])
    seen = {f.claim.fact_id for f in rebuilt.facts}
    kept = rebuilt
    for chunk in (events[3:5], events[1:6], events[5:]):  # a redelivery in the middle
        rebuilt = meetings.record_all(rebuilt, chunk)
        kept = meetings.record_all(kept, chunk, seen)
        assert seen == {f.claim.fact_id for f in kept.facts}
    assert kept.model_dump_json() == rebuilt.model_dump_json()
    assert len(kept.facts) == len(events)
