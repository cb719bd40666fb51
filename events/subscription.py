"""Catch-up-then-live subscription shared by adapters that can read by position."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable

from contracts.envelope import Event
from events.port import EventFilter, EventLog

PAGE = 500
# An adapter's own source of a follower's next page (after, limit) -> events, or None: read
# the log. A page from it may end before the log's head; the follower then reads again at
# its next wake-up, as after any short page.
Recent = Callable[[int, int], list[Event] | None]


async def follow(
    log: EventLog,
    after: int,
    filter: EventFilter | None,
    wait: Callable[[], Awaitable[None]],
    recent: Recent | None = None,
) -> AsyncIterator[Event]:
    """Read pages after the cursor until dry, then wait for appends; the cursor makes the
    switch from catch-up to live free of gaps and duplicates."""
    async for page in follow_pages(log, after, wait, trusted=False, recent=recent):
        for event in page:
            if filter is None or filter.matches(event):
                yield event


async def follow_pages(
    log: EventLog,
    after: int,
    wait: Callable[[], Awaitable[None]],
    *,
    trusted: bool,
    recent: Recent | None = None,
) -> AsyncIterator[list[Event]]:
    """As `follow`, a page at a time (never empty); a page shorter than PAGE ends at what
    was the log's head when it was read (or where `recent` ends: the next wake-up reads
    on). `trusted`: pages come from `replay`."""
    cursor = after
    while True:
        page = None if recent is None else recent(cursor, PAGE)
        if page is None and trusted:
            page = await log.replay(after=cursor, limit=PAGE)
        elif page is None:
            page = await log.read_all(after=cursor, limit=PAGE)
        if page:
            cursor = page[-1].position or cursor
            yield page
        if len(page) < PAGE:
            await wait()
