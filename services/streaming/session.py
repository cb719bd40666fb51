"""One client's stream: catch up from the log, then drain its live queue.

The queue is registered before the catch-up read, so every event is either read from the
log or queued; positions at or below the last one handled are skipped, so the switch has
no gap and no duplicate.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator

from events.port import EventLog
from services.streaming import frames
from services.streaming.config import StreamSettings
from services.streaming.filters import StreamFilter
from services.streaming.frames import Frame
from services.streaming.hub import Hub, Subscriber

BATCH = 64  # frames per write at most


class Session:
    def __init__(
        self, hub: Hub, log: EventLog, flt: StreamFilter, after: int, cfg: StreamSettings
    ) -> None:
        self._hub, self._log, self._filter, self._cfg = hub, log, flt, cfg
        self.cursor = after  # every matching event at or below it has been handled
        self._sub: Subscriber | None = None

    async def open(self) -> None:
        """Register the live queue first (may raise if the broadcaster cannot start)."""
        self._sub = await self._hub.register(self._filter)

    def close(self) -> None:
        if self._sub is not None:
            self._hub.unregister(self._sub)

    async def frames(self) -> AsyncGenerator[bytes, None]:
        assert self._sub is not None, "open() first"
        yield frames.preamble(self._cfg.retry_ms, self.cursor)
        async for chunk in self._catch_up():
            yield chunk
        async for chunk in self._live():
            yield chunk

    async def _catch_up(self) -> AsyncGenerator[bytes, None]:
        page_size, log_filter = self._cfg.catchup_page, self._filter.log_filter
        while True:
            page = await self._log.read_all(after=self.cursor, limit=page_size, filter=log_filter)
            for event in page:
                assert event.position is not None
                if self._filter.matches(event):
                    yield frames.event_frame(event)
                self.cursor = event.position
            if self._sub is not None and self._sub.ended == "overflow":
                # Live events outran the catch-up; the log still has them all, so take a
                # fresh queue and keep reading: only a slow *live* reader is cut off.
                self._hub.unregister(self._sub)
                self._sub = await self._hub.register(self._filter)
                continue
            if len(page) < page_size:
                return

    async def _live(self) -> AsyncGenerator[bytes, None]:
        sub = self._sub
        assert sub is not None
        while True:
            if sub.ended == "overflow":
                yield frames.overflow_frame(self.cursor, self._cfg.buffer)
                return
            if sub.ended is not None:
                yield frames.error_frame(self.cursor, sub.ended)
                return
            try:
                first = sub.queue.get_nowait()
            except asyncio.QueueEmpty:
                try:
                    async with asyncio.timeout(self._cfg.heartbeat_s):
                        first = await sub.queue.get()
                except TimeoutError:
                    yield frames.comment("heartbeat")
                    continue
            # Whatever else is queued goes in the same write: fewer sends under bursts.
            batch = [first, *_ready(sub.queue, BATCH)]
            fresh = [f for f in batch if f is not None and f.position > self.cursor]
            if fresh:  # (older ones were sent during catch-up; None is a wake-up)
                yield b"".join(f.data for f in fresh)
                self.cursor = fresh[-1].position


def _ready(queue: asyncio.Queue[Frame | None], most: int) -> list[Frame | None]:
    out: list[Frame | None] = []
    while len(out) < most and not queue.empty():
        out.append(queue.get_nowait())
    return out
