"""Fold a batch of events into a projection's documents: pure, shared by every runner."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from pydantic import BaseModel

from contracts.envelope import Event
from services.projections.registry import CORRECTIONS, Projection


@dataclass
class BatchPlan:
    """What a batch needs loaded before folding."""

    keys: set[str] = field(default_factory=set)
    corrected_fact_ids: set[str] = field(default_factory=set)


def plan(projection: Projection, events: Sequence[Event]) -> BatchPlan:
    out = BatchPlan()
    for event in events:
        if event.type in CORRECTIONS:
            out.corrected_fact_ids.add(event.data.fact_id)  # type: ignore[union-attr]
        else:
            out.keys.update(projection.keys_for(event))
    return out


def fold(
    projection: Projection,
    docs: Mapping[str, str],
    routes: Mapping[str, list[str]],
    events: Sequence[Event],
) -> tuple[dict[str, str], dict[str, list[str]]]:
    """Apply events to the loaded documents; return the changed documents (canonical JSON)
    and the new fact routes. Corrections of facts this projection never saw are ignored."""
    changed, new_routes, _ = fold_with_history(projection, docs, routes, events)
    return changed, new_routes


def fold_with_history(
    projection: Projection,
    docs: Mapping[str, str],
    routes: Mapping[str, list[str]],
    events: Sequence[Event],
) -> tuple[dict[str, str], dict[str, list[str]], dict[str, list[int]]]:
    """As `fold`, plus the log positions applied to each changed document (for as-of reads)."""
    states: dict[str, BaseModel | None] = {
        k: projection.state_type.model_validate_json(v) for k, v in docs.items()
    }
    known_routes = dict(routes)
    new_routes: dict[str, list[str]] = {}
    history: dict[str, list[int]] = {}
    by_key: dict[str, list[Event]] = {}
    for event in events:
        if event.type in CORRECTIONS:
            keys = known_routes.get(event.data.fact_id, [])  # type: ignore[union-attr]
        else:
            keys = projection.keys_for(event)
            if keys:
                known_routes[event.id] = new_routes[event.id] = keys
        for key in keys:
            by_key.setdefault(key, []).append(event)
            history.setdefault(key, []).append(event.position or 0)
    for key, mine in by_key.items():  # one copy of each document's state per batch
        states[key] = projection.record_all(states.get(key), mine)
    out = {}
    for key in history:  # derive once per document per batch, not once per event
        state = states[key]
        assert state is not None
        out[key] = projection.settle(state).model_dump_json()
    return out, new_routes, history
