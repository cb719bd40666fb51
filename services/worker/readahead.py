"""Read the next batch of the log while the current one is folded (the bulk catch-up).

Reading a 20k-event batch from Kafka waits on the broker's fetches and decodes in between;
folded one after the other, the fold and the reads take turns. One batch is read ahead in an
asyncio task, so the fetches (and the decode, whenever the fold awaits Redis) run while the
current batch is folded and committed. Only one batch is held ahead (bounded memory); it is
nothing but events in memory until folded and committed, so a crash loses nothing. A
read-ahead that turns out not to be wanted (the catch-up went back to a checkpoint) is
dropped and the batch read again; an error in the read-ahead surfaces where the plain read
would have raised it, when its batch is asked for.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any

from contracts.envelope import Event

Read = Callable[[int, int], Coroutine[Any, Any, list[Event]]]


class ReadAhead:
    def __init__(self, read: Read) -> None:
        self._read = read
        self._ahead: tuple[int, int, asyncio.Task[list[Event]]] | None = None

    async def read(self, after: int, limit: int) -> list[Event]:
        """The events after `after` (at most `limit`): the read-ahead's when it read these."""
        ahead, self._ahead = self._ahead, None
        if ahead is not None and ahead[:2] == (after, limit):
            return await ahead[2]
        await _drop(ahead)
        return await self._read(after, limit)

    def start(self, after: int, limit: int) -> None:
        """Begin reading the batch after `after` (after read(): one batch ahead at most)."""
        assert self._ahead is None, "one batch ahead at most"
        self._ahead = (after, limit, asyncio.create_task(self._read(after, limit)))

    async def close(self) -> None:
        """Stop any read ahead and wait until it has let go of the log."""
        ahead, self._ahead = self._ahead, None
        await _drop(ahead)


async def _drop(ahead: tuple[int, int, asyncio.Task[list[Event]]] | None) -> None:
    if ahead is None:
        return
    task = ahead[2]
    task.cancel()
    await asyncio.wait([task])  # our own cancellation still propagates from here
    if not task.cancelled():
        task.exception()  # retrieved: a batch not wanted has no error worth raising
