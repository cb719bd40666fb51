"""The stored text of the events this process committed last, by position.

The in-process projector (and live SSE subscribers) read the log right after each append;
reading back what was just written cost a thread-pool trip and a query per page, queued
behind the appends on a busy event loop (bench_freshness). The texts are exactly the
stored bodies, so a page served from here decodes to the same events as a page read from
the file. Only a contiguous run is kept: if positions skip (another process wrote the file
in between), the run starts again, and any page the run does not hold is read from the file.
"""

from __future__ import annotations

CAPACITY = 4096  # events kept (a few MB): more than a projector's batch (2,000)


class RecentTail:
    def __init__(self, capacity: int = CAPACITY) -> None:
        self._capacity = capacity
        self._texts: list[str] = []
        self._first = 0  # position of _texts[0]

    def add(self, written: list[tuple[int, str]]) -> None:
        """Rows a durable commit wrote, ascending and contiguous."""
        if not written:
            return
        start = written[0][0]
        if self._texts and start != self._first + len(self._texts):
            self._texts = []  # another writer's events lie between: start a new run
        if not self._texts:
            self._first = start
        self._texts += [text for _, text in written]
        if len(self._texts) > 2 * self._capacity:  # trimmed in steps: amortised O(1)
            drop = len(self._texts) - self._capacity
            del self._texts[:drop]
            self._first += drop

    def page(self, after: int, limit: int | None) -> list[str] | None:
        """The texts of positions after `after` (at most `limit`), if the run holds the
        next one; None: read the file (a page the run holds may end before the file's head
        when another process wrote since, which a follower learns at its next read)."""
        index = after + 1 - self._first
        if not 0 <= index < len(self._texts):
            return None
        stop = len(self._texts) if limit is None else min(len(self._texts), index + limit)
        return self._texts[index:stop]
