"""What the single writer must know to append: ids, stream versions, head and last hash,
and where each position is in the topic.

Rebuilt from the topic's headers at start-up (and caught up before each append), so the
topic stays the only source of truth. Positions come from the `ce_position` header, not from
offsets: transaction markers (and a fenced writer's aborted records) take offsets, so
`offsets[p - 1]` maps position p to its offset. `Overlay` holds one round's tentative
changes, merged into the index only after the broker has committed them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from contracts.chain import GENESIS


class Entry(NamedTuple):  # a tuple of str/int: the garbage collector stops tracking it
    content_key: str
    position: int
    stream_version: int
    stream_id: str


@dataclass
class StreamIndex:
    head: int = 0
    last_hash: str = GENESIS
    ids: dict[str, Entry] = field(default_factory=dict)
    # positions[stream] [v-1] is the position of the stream's version v
    positions: dict[str, list[int]] = field(default_factory=dict)
    # offsets[p - 1]: the topic offset of position p; next_offset: where a catch-up resumes
    offsets: list[int] = field(default_factory=list)
    next_offset: int = 0

    def add(self, event_id: str, entry: Entry, hash_: str, offset: int = -1) -> None:
        self.ids.setdefault(event_id, entry)
        self.positions.setdefault(entry.stream_id, []).append(entry.position)
        self.offsets.append(offset)
        self.head = entry.position
        self.last_hash = hash_

    def offset_of(self, position: int) -> int:
        return self.offsets[position - 1]

    def version(self, stream_id: str) -> int:
        return len(self.positions.get(stream_id, ()))


@dataclass
class Overlay:
    """Tentative appends on top of an index (or of another overlay)."""

    base: StreamIndex | Overlay
    head: int = 0
    last_hash: str = GENESIS
    added: list[tuple[str, Entry, str]] = field(default_factory=list)
    ids: dict[str, Entry] = field(default_factory=dict)
    versions: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.head, self.last_hash = self.base.head, self.base.last_hash

    def lookup(self, event_id: str) -> Entry | None:
        if event_id in self.ids:
            return self.ids[event_id]
        base = self.base
        return base.ids.get(event_id) if isinstance(base, StreamIndex) else base.lookup(event_id)

    def version(self, stream_id: str) -> int:
        if stream_id in self.versions:
            return self.versions[stream_id]
        return self.base.version(stream_id)

    def add(self, event_id: str, entry: Entry, hash_: str) -> None:
        self.ids[event_id] = entry
        self.versions[entry.stream_id] = entry.stream_version
        self.added.append((event_id, entry, hash_))
        self.head, self.last_hash = entry.position, hash_

    def merge_into_parent(self, offsets: Sequence[int] = ()) -> None:
        """Into the parent; into the index with the offsets the broker gave, one for each
        added event (none: offsets unknown, -1)."""
        for i, (event_id, entry, hash_) in enumerate(self.added):
            if isinstance(self.base, StreamIndex):
                if entry.position <= self.base.head:
                    continue  # a reader's catch-up indexed it between the commit and now
                self.base.add(event_id, entry, hash_, offsets[i] if offsets else -1)
            else:
                self.base.add(event_id, entry, hash_)
