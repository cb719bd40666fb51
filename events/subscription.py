"""Catch-up-then-live subscription shared by adapters that can read by position."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable

from contracts.envelope import Event
from events.port import EventFilter, EventLog

PAGE = 500


async def follow(
    log: EventLog,
    after: int,
    filter: EventFilter | None,
    wait: Callable[[], Awaitable[None]],
) -> AsyncIterator[Event]:
    """Read pages after the cursor until dry, then wait for appends; the cursor makes the
    switch from catch-up to live free of gaps and duplicates."""
    cursor = after
    while True:
        page = await log.read_all(after=cursor, limit=PAGE)
        for event in page:
            assert event.position is not None
            cursor = event.position
            if filter is None or filter.matches(event):
                yield event
        if len(page) < PAGE:
            await wait()
