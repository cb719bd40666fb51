"""Rebuild read models from the log into a fresh keyspace and compare with the live ones."""

from __future__ import annotations

from typing import Any

from events.port import EventLog
from services.projections.registry import PROJECTIONS
from services.projector.runner import catch_up
from services.queries import LIVE
from services.readmodels.port import ReadModelStore


async def rebuild_and_compare(
    log: EventLog, store: ReadModelStore, into: str, upto: int | None = None
) -> dict[str, Any]:
    """Drop `into`, replay the log into it, and compare each projection's digest with live
    (equal is only meaningful when live has caught up to the same position)."""
    if into == LIVE:
        raise ValueError("refusing to rebuild into the live namespace")
    await store.drop(into)
    head = upto if upto is not None else await log.head()
    await catch_up(log, store, ns=into, upto=head)
    out: dict[str, Any] = {"namespace": into, "position": head, "projections": {}}
    equal = True
    for projection in PROJECTIONS:
        live_at = (await store.checkpoint(LIVE, projection.slot)).get("log", 0)
        rebuilt = await store.digest(into, projection.slot)
        live = await store.digest(LIVE, projection.slot)
        same = rebuilt == live
        equal &= same or live_at != head
        out["projections"][projection.slot] = {
            "rebuilt": rebuilt,
            "live": live,
            "live_position": live_at,
            "equal": same,
        }
    out["equal"] = equal
    return out
