"""Plain views of Kafka messages, so handlers do not depend on faust's types."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

Headers = list[tuple[str, bytes]]

REPLAY = "fs-replay"
DLQ_REASON = "fs-dlq-reason"
DLQ_TOPIC = "fs-dlq-topic"
DLQ_PARTITION = "fs-dlq-partition"
DLQ_OFFSET = "fs-dlq-offset"
DLQ_HEADERS = frozenset({DLQ_REASON, DLQ_TOPIC, DLQ_PARTITION, DLQ_OFFSET, REPLAY})


@dataclass(frozen=True)
class Raw:
    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes
    headers: Headers

    @property
    def replayed(self) -> bool:
        return any(name == REPLAY for name, _ in self.headers)


# send(key, value, headers, partition or None): awaiting it queues the message (call them
# one after another: queue order is partition order); awaiting its result waits for the ack.
Send = Callable[[bytes | None, bytes, Headers, int | None], Awaitable[Awaitable[object]]]


def dead_letter_headers(raw: Raw, reason: str) -> Headers:
    """The original headers plus why and where it failed (for humans and for replay)."""
    kept = [(k, v) for k, v in raw.headers if k not in DLQ_HEADERS]
    return [
        *kept,
        (DLQ_REASON, reason.encode()[:4000]),
        (DLQ_TOPIC, raw.topic.encode()),
        (DLQ_PARTITION, str(raw.partition).encode()),
        (DLQ_OFFSET, str(raw.offset).encode()),
    ]


def replay_headers(headers: Sequence[tuple[str, bytes]]) -> Headers:
    return [*((k, v) for k, v in headers if k not in DLQ_HEADERS), (REPLAY, b"1")]
