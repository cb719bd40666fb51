"""As-of reads: a document as it stood once a given log position was applied.

The store keeps, per document, the positions applied to it and a snapshot every N of them;
an as-of read loads the latest snapshot at or before the position and folds the few events
after it with the same pure reducer. No replay from the start of the log.
"""

from __future__ import annotations

import datetime as dt

from events.port import EventLog
from services.projections.registry import Projection
from services.readmodels.namespaces import live_ns
from services.readmodels.port import ReadModelStore


class TimeTravel:
    def __init__(self, log: EventLog, store: ReadModelStore) -> None:
        self._log, self._store = log, store

    async def doc_as_of(self, projection: Projection, key: str, at: int) -> str | None:
        ns = await live_ns(self._store, projection.name)
        past = await self._store.history(ns, projection.slot, key, at)
        state = projection.state_type.model_validate_json(past.snapshot) if past.snapshot else None
        events = await self._log.read_at(past.positions)
        if events:
            state = projection.record_all(state, events)
        return None if state is None else projection.settle(state).model_dump_json()

    async def keys_as_of(self, projection: Projection, at: int) -> list[str]:
        ns = await live_ns(self._store, projection.name)
        return await self._store.keys_at(ns, projection.slot, at)

    async def position_at(self, when: dt.datetime) -> int:
        """The last position recorded at or before `when` (binary search on recorded time,
        which the log assigns in position order)."""
        low, high = 0, await self._log.head()
        while low < high:
            mid = (low + high + 1) // 2
            [event] = await self._log.read_at([mid])
            assert event.recorded_at is not None
            if event.recorded_at <= when:
                low = mid
            else:
                high = mid - 1
        return low
