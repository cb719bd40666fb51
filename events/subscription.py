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
    async for page in follow_pages(log, after, wait, trusted=False):
        for event in page:
            if filter is None or filter.matches(event):
                yield event


async def follow_pages(
    log: EventLog, after: int, wait: Callable[[], Awaitable[None]], *, trusted: bool
) -> AsyncIterator[list[Event]]:
    """As `follow`, a page at a time (never empty); a page shorter than PAGE ends at what
    was the log's head when it was read. `trusted`: pages come from `replay`."""
    cursor = after
    while True:
        if trusted:
            page = await log.replay(after=cursor, limit=PAGE)
        else:
            page = await log.read_all(after=cursor, limit=PAGE)
        if page:
            cursor = page[-1].position or cursor
            yield page
        if len(page) < PAGE:
            await wait()
