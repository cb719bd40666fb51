"""Apply events from the log to the read-model store, exactly once per projection.

Each batch is loaded, folded with the pure reducers and committed atomically with the
checkpoint; a concurrent or repeated batch finds the checkpoint moved and is re-read.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Sequence

from contracts.envelope import Event
from events.port import EventLog
from services.observability.telemetry import NullTelemetry, Telemetry
from services.projections.registry import PROJECTIONS, Projection
from services.projector.fold import fold_with_history, plan
from services.readmodels.namespaces import live_ns
from services.readmodels.port import CheckpointMoved, ReadModelStore

log = logging.getLogger(__name__)
PARTITION = "log"  # the embedded log is one ordered partition


async def apply_events(
    store: ReadModelStore, ns: str, projection: Projection, events: Sequence[Event]
) -> int:
    """Apply events (ascending positions) not yet applied; returns how many were new."""
    while True:
        done = (await store.checkpoint(ns, projection.slot)).get(PARTITION, 0)
        todo = [e for e in events if (e.position or 0) > done]
        if not todo:
            return 0
        need = plan(projection, todo)
        routes = await store.routes(ns, projection.slot, need.corrected_fact_ids)
        keys = need.keys | {k for ks in routes.values() for k in ks}
        docs = await store.get_many(ns, projection.slot, keys)
        changed, new_routes, history = fold_with_history(projection, docs, routes, todo)
        try:
            await store.commit(
                ns,
                projection.slot,
                docs=changed,
                routes=new_routes,
                partition=PARTITION,
                expected=done,
                position=todo[-1].position or done,
                history=history,
            )
            return len(todo)
        except CheckpointMoved:
            log.info("checkpoint of %s moved under us; re-reading", projection.slot)


async def catch_up(
    log_: EventLog,
    store: ReadModelStore,
    ns: str | None = None,
    projections: Sequence[Projection] = PROJECTIONS,
    batch: int = 10_000,  # fewer, larger batches: each document is parsed once per batch
    upto: int | None = None,
    on_applied: Callable[[str, int], None] | None = None,
    on_position: Callable[[int, int], None] | None = None,
) -> int:
    """Apply everything in the log (up to `upto`) to each projection, in namespace `ns`
    (None: each projection's live namespace); returns the position all have reached.
    `on_applied(projection, n)` hears how many events each batch applied;
    `on_position(position, target)` hears how far the replay got (for progress bars)."""
    targets = {p.name: ns or await live_ns(store, p.name) for p in projections}

    async def done(p: Projection) -> int:
        return (await store.checkpoint(targets[p.name], p.slot)).get(PARTITION, 0)

    # one read of the log for all projections; each skips what it already applied
    position = min([await done(p) for p in projections], default=0)
    target = upto if upto is not None else (await log_.head() if on_position else None)
    while upto is None or position < upto:
        limit = batch if upto is None else min(batch, upto - position)
        events = await log_.read_all(after=position, limit=limit)
        if not events:
            break
        for projection in projections:
            applied = await apply_events(store, targets[projection.name], projection, events)
            if on_applied is not None:
                on_applied(projection.name, applied)
        position = events[-1].position or position
        if on_position is not None and target is not None:
            on_position(position, max(target, position))
    return min([await done(p) for p in projections], default=0)


class Projector:
    """Runs in-process beside the API: follows the log and keeps the live read models.

    `lock` is held while a batch is applied, so a blue-green switch can happen between
    batches; the live namespace is resolved for every batch.
    """

    def __init__(
        self, log_: EventLog, store: ReadModelStore, telemetry: Telemetry | None = None
    ) -> None:
        self._log, self._store = log_, store
        self._telemetry: Telemetry = telemetry or NullTelemetry()
        self.position = 0
        self.lock = asyncio.Lock()
        self._task: asyncio.Task[None] | None = None

    async def lag(self) -> int:
        return max(0, await self._log.head() - self.position)

    async def run(self) -> None:
        async with self.lock:
            self.position = await catch_up(
                self._log, self._store, on_applied=self._telemetry.projection_applied
            )
        pending: list[Event] = []
        async for event in self._log.subscribe(after=self.position):
            pending.append(event)
            if await self._log.head() > (event.position or 0) and len(pending) < 2000:
                continue  # more is already there: apply in one batch
            async with self.lock:
                for projection in PROJECTIONS:
                    ns = await live_ns(self._store, projection.name)
                    applied = await apply_events(self._store, ns, projection, pending)
                    self._telemetry.projection_applied(projection.name, applied)
            self.position = pending[-1].position or self.position
            pending = []

    def start(self) -> None:
        self._task = asyncio.create_task(self.run(), name="projector")

    async def wait_until(self, position: int, timeout: float = 10.0) -> None:
        async with asyncio.timeout(timeout):
            while self.position < position:
                await asyncio.sleep(0.01)

    async def stop(self) -> None:
        if self._task is None:
            return
        while not self._task.done():  # repeat: a cancellation can be absorbed by a library
            self._task.cancel()
            await asyncio.wait({self._task}, timeout=1.0)
        with contextlib.suppress(asyncio.CancelledError):
            await self._task
