"""The event-log port: what every event store must do, whatever it is built on."""

from __future__ import annotations

import abc
from collections.abc import AsyncIterator, Collection, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from contracts.envelope import Event


class EventLogError(Exception):
    """Base of the log's own errors."""


class WrongExpectedVersion(EventLogError):
    def __init__(self, stream_id: str, expected: int, actual: int) -> None:
        super().__init__(
            f"stream {stream_id!r} is at version {actual}, the append expected {expected}"
        )
        self.stream_id, self.expected, self.actual = stream_id, expected, actual


class EventIdConflict(EventLogError):
    """The id is already stored with different content: a producer bug, never silently kept."""

    def __init__(self, event_id: str) -> None:
        super().__init__(f"event id {event_id!r} is already stored with different content")
        self.event_id = event_id


class Appended(NamedTuple):  # a tuple: built once per appended event, on the writer's path
    event_id: str
    position: int
    stream_version: int
    duplicate: bool  # True: the id was already stored; nothing new was written


@dataclass(frozen=True)
class AppendResult:
    appended: tuple[Appended, ...]
    head: int

    @property
    def new_count(self) -> int:
        return sum(not a.duplicate for a in self.appended)


@dataclass(frozen=True)
class EventFilter:
    """Which events a read wants: type names or prefixes (`Meeting*`), and one stream."""

    types: Collection[str] = ()
    stream_id: str | None = None

    def matches(self, event: Event) -> bool:
        if self.stream_id is not None and event.stream_id != self.stream_id:
            return False
        if not self.types:
            return True
        return any(
            event.type.startswith(t[:-1]) if t.endswith("*") else event.type == t
            for t in self.types
        )


@dataclass(frozen=True)
class StoredRecord:
    """An event as stored, for audits: its position and exact stored text."""

    position: int
    body: str
    hash: str = field(default="")


class EventLog(abc.ABC):
    """Append-only, totally ordered log of events grouped in streams.

    Positions start at 1 and have no gaps; stream versions start at 1 per stream.
    `append` is atomic for the batch and idempotent by event id with no time window.
    """

    @abc.abstractmethod
    async def append(
        self, events: Sequence[Event], *, expected_version: int | None = None
    ) -> AppendResult:
        """Append events (all to the same stream when `expected_version` is given).

        Ids already stored are reported as duplicates and not written again; if every event
        is a duplicate, the expected version is not checked (a retried append succeeds).
        Raises WrongExpectedVersion, or EventIdConflict when an id is reused for new content.
        """

    @abc.abstractmethod
    async def read_all(
        self, after: int = 0, limit: int | None = None, filter: EventFilter | None = None
    ) -> list[Event]:
        """Events with position > after, in global order, at most `limit` of them."""

    @abc.abstractmethod
    async def read_stream(self, stream_id: str, after_version: int = 0) -> list[Event]:
        """One stream's events in stream order."""

    @abc.abstractmethod
    async def get(self, event_id: str) -> Event | None: ...

    @abc.abstractmethod
    async def head(self) -> int:
        """The position of the last event (0 when empty)."""

    @abc.abstractmethod
    async def stream_version(self, stream_id: str) -> int:
        """The version of a stream's last event (0 when it has none)."""

    @abc.abstractmethod
    async def read_records(self, after: int = 0, limit: int | None = None) -> list[StoredRecord]:
        """The stored text of events, for hash-chain verification and export."""

    @abc.abstractmethod
    def subscribe(self, after: int = 0, filter: EventFilter | None = None) -> AsyncIterator[Event]:
        """Catch up from `after`, then follow live appends; no gap, no duplicate."""

    def follow_pages(self, after: int = 0) -> AsyncIterator[list[Event]]:
        """For a read-model projector: as `subscribe`, a page at a time, decoded as `replay`
        decodes (trusted); a page shorter than `events.subscription.PAGE` ended at the head
        the log had when it was read, so the projector need not ask for it."""
        raise NotImplementedError

    async def replay(self, after: int = 0, limit: int | None = None) -> list[Event]:
        """As `read_all`, for rebuilding read models: an adapter may decode these without
        validation ("trusted replay", docs/events.md), as the chain proves them unaltered
        since they were validated on append. Nothing else may use it."""
        return await self.read_all(after=after, limit=limit)

    async def read_at(self, positions: Collection[int]) -> list[Event]:
        """The events at these positions, in order (adapters may do this in one query)."""
        out: list[Event] = []
        for position in sorted(set(positions)):
            out += await self.read_all(after=position - 1, limit=1)
        return out

    async def close(self) -> None:  # noqa: B027 - optional hook
        """Release connections."""
