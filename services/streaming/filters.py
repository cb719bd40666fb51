"""What a subscriber wants: type names or prefixes, one stream, entity ids anywhere in data."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from pydantic import BaseModel

from contracts.common import EntityRef
from contracts.envelope import Event
from events.port import EventFilter


def entity_ids(event: Event) -> frozenset[str]:
    """Ids of every entity in the event's data (participants, territory, place, ...)."""
    return frozenset(ref.id for ref in _refs(event.data))


def _refs(value: object) -> Iterator[EntityRef]:
    if isinstance(value, EntityRef):
        yield value
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from _refs(getattr(value, name))
    elif isinstance(value, tuple | list):
        for item in value:
            yield from _refs(item)


@dataclass(frozen=True)
class StreamFilter:
    types: tuple[str, ...] = ()
    stream_id: str | None = None
    entities: frozenset[str] = frozenset()

    @property
    def log_filter(self) -> EventFilter:
        """The part the log can apply itself (types, stream)."""
        return EventFilter(types=self.types, stream_id=self.stream_id)

    def matches(self, event: Event, ids: frozenset[str] | None = None) -> bool:
        """`ids` may be given precomputed, so a broadcast computes them once per event."""
        if not self.log_filter.matches(event):
            return False
        if not self.entities:
            return True
        return not self.entities.isdisjoint(entity_ids(event) if ids is None else ids)
