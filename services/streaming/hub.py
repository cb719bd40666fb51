"""One live fan-out per app: a single `log.subscribe` task feeding per-client bounded queues.

The broadcaster never awaits a client: a full queue marks that client overflowed and drops
it, so a slow reader costs the others nothing. It starts on the first subscriber (no I/O at
import or app build) and is stopped by the app's lifespan.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass
from typing import Literal

from contracts.envelope import Event
from events.port import EventLog
from services.streaming.filters import StreamFilter
from services.streaming.frames import Frame

logger = logging.getLogger(__name__)
Ended = Literal["overflow", "error", "shutdown"]


@dataclass(eq=False)
class Subscriber:
    filter: StreamFilter
    queue: asyncio.Queue[Frame | None]
    ended: Ended | None = None


@dataclass
class HubStats:
    subscribers: int = 0
    overflows: int = 0
    broadcast: int = 0  # events fanned out since start
    cursor: int = 0  # last position fanned out
    running: bool = False


class Hub:
    def __init__(self, log: EventLog, buffer: int) -> None:
        self._log, self._buffer = log, buffer
        self._subs: set[Subscriber] = set()
        self._task: asyncio.Task[None] | None = None
        self._ready: asyncio.Future[None] | None = None
        self._stats = HubStats()

    @property
    def stats(self) -> HubStats:
        self._stats.subscribers = len(self._subs)
        self._stats.running = self._task is not None and not self._task.done()
        return self._stats

    async def register(self, flt: StreamFilter) -> Subscriber:
        """Register a queue that receives every matching event after the broadcast cursor.

        Registration is one synchronous step once the broadcaster runs, so an event is
        either fanned out before it (the caller's catch-up read sees it) or after (queued).
        """
        await self._ensure_running()
        sub = Subscriber(flt, asyncio.Queue(self._buffer))
        self._subs.add(sub)
        return sub

    def unregister(self, sub: Subscriber) -> None:
        self._subs.discard(sub)

    async def _ensure_running(self) -> None:
        if self._task is None or self._task.done():
            self._ready = asyncio.get_running_loop().create_future()
            self._task = asyncio.create_task(self._run(self._ready), name="stream-hub")
        assert self._ready is not None
        # shield: one waiter's cancellation (a client leaving) must not cancel the others'.
        await asyncio.shield(self._ready)

    async def _run(self, ready: asyncio.Future[None]) -> None:
        try:
            start = await self._log.head()
            self._stats.cursor = start
            ready.set_result(None)
            async for event in self._log.subscribe(after=start):
                self._publish(event)
        except asyncio.CancelledError:
            self._end_all("shutdown")
            raise
        except Exception as exc:
            logger.exception("stream broadcaster failed; subscribers are told to reconnect")
            if not ready.done():
                ready.set_exception(exc)
            self._end_all("error")

    def _publish(self, event: Event) -> None:
        frame = Frame.of(event)
        for sub in tuple(self._subs):
            if sub.filter.entities:
                ids = frame.entity_ids
                if not sub.filter.matches(event, ids):
                    continue
            elif not sub.filter.matches(event):
                continue
            try:
                sub.queue.put_nowait(frame)
            except asyncio.QueueFull:
                sub.ended = "overflow"
                self._subs.discard(sub)
                self._stats.overflows += 1
        self._stats.cursor = frame.position
        self._stats.broadcast += 1

    def _end_all(self, reason: Ended) -> None:
        for sub in tuple(self._subs):
            sub.ended = reason
            with contextlib.suppress(asyncio.QueueFull):
                sub.queue.put_nowait(None)  # wake it; a full queue wakes it anyway
        self._subs.clear()

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None and not task.done():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._end_all("shutdown")
