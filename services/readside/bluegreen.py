"""Zero-downtime rebuild: build a projection into a new namespace beside the live one,
report progress, then switch the live alias atomically; reads are served throughout.

The switch happens under the in-process projector's lock, after a last catch-up, so no
event lands in the old namespace after the new one was declared complete.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

from events.port import EventLog
from services.projections.registry import Projection
from services.projector.runner import PARTITION, catch_up
from services.readmodels.namespaces import live_ns
from services.readmodels.port import ReadModelStore

DROP_OLD_AFTER_S = 30.0  # readers that resolved the old namespace finish first


@dataclass
class RebuildStatus:
    projection: str
    target: str
    state: str = "building"  # building -> caught-up -> switched | failed
    position: int = 0
    head: int = 0
    started_at: str = field(default_factory=lambda: dt.datetime.now(dt.UTC).isoformat())
    switched_from: str | None = None
    error: str | None = None

    @property
    def lag(self) -> int:
        return max(0, self.head - self.position)

    def public(self) -> dict[str, Any]:
        return {**asdict(self), "lag": self.lag}


class BlueGreen:
    def __init__(
        self,
        log: EventLog,
        store: ReadModelStore,
        lock: asyncio.Lock | None = None,
        max_held_claims: int | None = None,
    ) -> None:
        self._log, self._store = log, store
        self._max_held_claims = max_held_claims
        self._lock = lock or asyncio.Lock()
        self.status: dict[str, RebuildStatus] = {}
        self._tasks: set[asyncio.Task[None]] = set()

    def start(self, projection: Projection) -> RebuildStatus:
        current = self.status.get(projection.name)
        if current is not None and current.state in ("building", "caught-up"):
            return current
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%f")
        status = RebuildStatus(projection.name, target=f"{projection.name}-{stamp}")
        self.status[projection.name] = status
        task = asyncio.create_task(self._run(projection, status))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return status

    async def run(self, projection: Projection) -> RebuildStatus:
        """Start and wait for the switch (for the CLI and tests)."""
        status = self.start(projection)
        while status.state in ("building", "caught-up"):
            await asyncio.sleep(0.05)
        return status

    async def _run(self, projection: Projection, status: RebuildStatus) -> None:
        try:
            await self._store.drop(status.target)
            while True:
                status.head = await self._log.head()
                status.position = await catch_up(
                    self._log,
                    self._store,
                    status.target,
                    [projection],
                    upto=status.head,
                    max_held_claims=self._max_held_claims,
                )
                if status.position >= await self._log.head():
                    break
            status.state = "caught-up"
            async with self._lock:  # the live projector is between batches
                status.position = await catch_up(
                    self._log,
                    self._store,
                    status.target,
                    [projection],
                    max_held_claims=self._max_held_claims,
                )
                status.head = status.position
                status.switched_from = await live_ns(self._store, projection.name)
                await self._store.set_alias(projection.name, status.target)
            status.state = "switched"
            await asyncio.sleep(DROP_OLD_AFTER_S)
            if status.switched_from not in (None, status.target):
                await self._store.drop(status.switched_from)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # reported on the status endpoint; live reads unaffected
            status.state, status.error = "failed", f"{type(exc).__name__}: {exc}"

    async def close(self) -> None:
        for task in list(self._tasks):
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task


async def projection_status(
    log: EventLog, store: ReadModelStore, projection: Projection
) -> dict[str, Any]:
    ns = await live_ns(store, projection.name)
    checkpoint = await store.checkpoint(ns, projection.slot)
    position = (
        checkpoint.get(PARTITION, 0)
        if PARTITION in checkpoint
        else max(checkpoint.values(), default=0)
    )
    head = await log.head()
    return {
        "projection": projection.name,
        "version": projection.version,
        "namespace": ns,
        "position": position,
        "head": head,
        "lag": max(0, head - position),
        "state": "live" if position >= head else "catching-up",
    }
