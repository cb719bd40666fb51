"""Territory control: per territory, who controls it now, since when, and on what basis.

Keys: the territory of a transfer (scheduled or done) or the area of a peacekeeping
deployment or withdrawal. Derivation rules are in `territory_rules.py`.
"""

from __future__ import annotations

from collections.abc import Sequence

from contracts.common import EntityRef
from contracts.envelope import Event
from contracts.facts import (
    PeacekeepersDeployed,
    PeacekeepersWithdrawn,
    TerritoryTransferred,
    TerritoryTransferScheduled,
)
from contracts.lifecycle import FactRetracted, FactSuperseded
from services.projections.claims import claim_from, fact_ids, field_or_none
from services.projections.corrections import add_correction, apply_corrections
from services.projections.territory_models import Territory, TerritoryFact
from services.projections.territory_rules import derive

NAME = "territories"
VERSION = 1
TerritoryData = (
    TerritoryTransferred | TerritoryTransferScheduled | PeacekeepersDeployed | PeacekeepersWithdrawn
)
KINDS = frozenset(
    {
        "TerritoryTransferred",
        "TerritoryTransferScheduled",
        "PeacekeepersDeployed",
        "PeacekeepersWithdrawn",
    }
)


def _subject(data: object) -> EntityRef | None:
    if isinstance(data, TerritoryTransferred | TerritoryTransferScheduled):
        return data.territory
    if isinstance(data, PeacekeepersDeployed | PeacekeepersWithdrawn):
        return data.area
    return None


def keys_for(event: Event) -> list[str]:
    subject = _subject(event.data)
    return [subject.id] if subject is not None else []


def evolve(state: Territory | None, event: Event) -> Territory:
    """Pure: fold one event into a territory. Idempotent and order-independent."""
    return settle(record(state, event))


def record(state: Territory | None, event: Event) -> Territory:
    """Pure: keep the event's claim or correction; `settle` derives control from them."""
    return record_all(state, (event,))


def record_all(
    state: Territory | None, events: Sequence[Event], seen: set[str] | None = None
) -> Territory:
    """Pure: keep each event's claim or correction, in order, with one copy of the state
    (the same state as recording them one by one).
    `seen`, when given, must be the fact ids the state holds; it is updated in place, so a
    caller holding the state between batches keeps it instead of rebuilding it from the
    whole history each batch."""
    if seen is None:
        seen = fact_ids(state)
    corrections = state.corrections if state is not None else ()
    new: list[TerritoryFact] = []
    for event in events:
        data = event.data
        if isinstance(data, FactRetracted | FactSuperseded):
            if state is None:
                raise ValueError("a correction needs the territory of the fact it corrects")
            corrections = add_correction(corrections, data)
            continue
        subject = _subject(data)
        if subject is None:
            raise ValueError(f"{event.type} does not name a territory")
        if state is None:
            state = Territory(key=subject.id, territory=subject)
        elif state.key != subject.id:
            raise ValueError(f"event for {subject.id!r} applied to territory {state.key!r}")
        if event.id in seen:
            continue
        seen.add(event.id)
        new.append(
            TerritoryFact.model_validate(  # a dict: faster than keywords (see claim_from)
                {
                    "claim": claim_from(event, field_or_none(data, "date")),
                    "from_party": field_or_none(data, "from_party"),
                    "to_party": field_or_none(data, "to_party"),
                    "force": field_or_none(data, "force"),
                    "date": field_or_none(data, "date"),
                }
            )
        )
    if state is None:
        raise ValueError("no event to record")
    if not new and corrections is state.corrections:
        return state
    return state.model_copy(update={"facts": (*state.facts, *new), "corrections": corrections})


def settle(state: Territory) -> Territory:
    """Pure: order the facts canonically and derive control, schedules and peacekeepers."""
    facts = tuple(sorted(state.facts, key=lambda f: f.claim.order_key()))
    state = state.model_copy(update={"facts": facts})
    return derive(state, apply_corrections(facts, state.corrections))
