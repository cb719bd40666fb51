"""A rebuild's read of the log: only the kinds the projections record, as cheap as the log
allows (`docs/events.md`, trusted replay)."""

from __future__ import annotations

from collections.abc import Sequence

from contracts.envelope import Event
from events.port import EventLog
from services.projections.registry import CORRECTIONS, Projection
from services.projections.trusted_record import RawEvent


def rebuild_kinds(projections: Sequence[Projection]) -> frozenset[str] | None:
    """The event types the projections record (None: one of them does not say)."""
    if any(not p.kinds for p in projections):
        return None
    return frozenset().union(CORRECTIONS, *(p.kinds for p in projections))


async def replay_for_rebuild(
    log_: EventLog, kinds: frozenset[str] | None, after: int, limit: int, raw: bool
) -> tuple[Sequence[Event | RawEvent], int]:
    """The next `limit` positions' events a rebuild needs, and the last position read: a
    log that can leave the other kinds undecoded does (the SQLite log), and gives them as
    plain dicts when every projection records from those (`raw`)."""
    replay_dicts = getattr(log_, "replay_dicts", None)
    if kinds is not None and raw and replay_dicts is not None:
        dicts, last = await replay_dicts(kinds, after, limit)
        return [RawEvent.of(d) for d in dicts], last
    replay_kinds = getattr(log_, "replay_kinds", None)
    if kinds is not None and replay_kinds is not None:
        return await replay_kinds(kinds, after, limit)  # type: ignore[no-any-return]
    events = await log_.replay(after=after, limit=limit)
    return events, (events[-1].position or after) if events else after
