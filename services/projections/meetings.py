"""Meeting status: one read model per real-world meeting, all claims kept.

The reducer's unit is a *group*: every meeting between one exact set of participants (its
key comes from the event alone). Inside a group, meetings are told apart by date and place,
tolerant of partial dates; see `clustering.py` and the status rules in `meeting_status.py`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from contracts.common import EntityRef
from contracts.envelope import Event
from contracts.facts import (
    MeetingAnnounced,
    MeetingCancelled,
    MeetingDenied,
    MeetingHeld,
    MeetingPostponed,
)
from contracts.lifecycle import FactRetracted, FactSuperseded
from services.projections.claims import claim_from, fact_ids, field_or_none
from services.projections.clustering import derive_meetings
from services.projections.corrections import add_correction, apply_corrections
from services.projections.meeting_models import MeetingFact, MeetingGroup

NAME = "meetings"
VERSION = 1
MEETING_KINDS = frozenset(
    {"MeetingAnnounced", "MeetingDenied", "MeetingHeld", "MeetingPostponed", "MeetingCancelled"}
)
MeetingData = MeetingAnnounced | MeetingDenied | MeetingHeld | MeetingPostponed | MeetingCancelled


def group_key(participants: tuple[EntityRef, ...]) -> str:
    return "+".join(sorted({p.id for p in participants}))


def seated(participants: Iterable[EntityRef]) -> tuple[EntityRef, ...]:
    """A new group's participants: once each (the last mention of an id wins), by id."""
    return tuple(sorted({p.id: p for p in participants}.values(), key=lambda p: p.id))


def keys_for(event: Event) -> list[str]:
    """The groups an event touches (corrections are routed by the runner's fact index)."""
    if event.type in MEETING_KINDS:
        return [group_key(event.data.participants)]  # type: ignore[union-attr]
    return []


def evolve(state: MeetingGroup | None, event: Event) -> MeetingGroup:
    """Pure: fold one event into a group. Idempotent and order-independent."""
    return settle(record(state, event))


def record(state: MeetingGroup | None, event: Event) -> MeetingGroup:
    """Pure: keep the event's claim or correction; `settle` derives the meetings."""
    return record_all(state, (event,))


def record_all(
    state: MeetingGroup | None, events: Sequence[Event], seen: set[str] | None = None
) -> MeetingGroup:
    """Pure: keep each event's claim or correction, in order, with one copy of the state
    (the same state as recording them one by one). A batch records every event of a group,
    then settles it once.
    `seen`, when given, must be the fact ids the state holds; it is updated in place, so a
    caller holding the state between batches keeps it instead of rebuilding it from the
    whole history each batch."""
    if seen is None:
        seen = fact_ids(state)
    corrections = state.corrections if state is not None else ()
    new: list[MeetingFact] = []
    for event in events:
        data = event.data
        if isinstance(data, FactRetracted | FactSuperseded):
            if state is None:
                raise ValueError("a correction needs the group of the fact it corrects")
            corrections = add_correction(corrections, data)
        elif isinstance(data, MeetingData):
            key = group_key(data.participants)
            if state is None:
                state = MeetingGroup(key=key, participants=seated(data.participants))
            elif state.key != key:
                raise ValueError(f"event for group {key!r} applied to group {state.key!r}")
            if event.id in seen:
                continue
            seen.add(event.id)
            new.append(_fact(event, data))
        elif state is None:
            _unroutable(event)
    if state is None:
        raise ValueError("no event to record")
    if not new and corrections is state.corrections:
        return state
    return state.model_copy(update={"facts": (*state.facts, *new), "corrections": corrections})


def _fact(event: Event, data: MeetingData) -> MeetingFact:
    return MeetingFact.model_validate(  # a dict: faster than keywords (see claim_from)
        {
            "claim": claim_from(event, field_or_none(data, "date")),
            "place": field_or_none(data, "place"),
            "date": field_or_none(data, "date"),
            "previous_date": field_or_none(data, "previous_date"),
        }
    )


def settle(state: MeetingGroup) -> MeetingGroup:
    """Pure: order the facts canonically and derive the meetings from them."""
    facts = tuple(sorted(state.facts, key=lambda f: f.claim.order_key()))
    corrected = apply_corrections(facts, state.corrections)
    meetings = derive_meetings(state.key, state.participants, corrected, state.meetings)
    return state.model_copy(update={"facts": facts, "meetings": meetings})


def _unroutable(event: Event) -> None:
    raise ValueError(f"{event.type} does not belong to the meetings projection")
