"""A per-event stage trace of the worker, for the latency bench only (bench/kafka_trace.py).

Off unless FACTSTREAM_WORKER_TRACE names a file; when off, the hot path pays one test of
`ON` per batch and per projection. When on, each event's stages are appended to that file
as tab-separated `event id, stage, slot, wall time` (time.time(): the bench compares them
with its own, on the same machine):
- `arrived`: faust handed the feed record to the stream (before the `take_events` window);
- `batch`: the agent got the batch (after the window);
- `folded`: a projection folded it; `committed`: that projection's Redis commit answered.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable
from typing import Any

PATH = os.environ.get("FACTSTREAM_WORKER_TRACE") or None
ON = PATH is not None

_arrived: dict[tuple[int, int], float] = {}  # (feed partition, offset) -> time
_batch_at = 0.0


def arrival_processor(stream: Any) -> Any:
    """A stream processor that notes when faust hands each record to the stream."""

    def note(value: Any) -> Any:
        event = stream.current_event
        if event is not None:
            _arrived[(event.message.partition, event.message.offset)] = time.time()
        return value

    return note


def arrived(records: Iterable[tuple[int, int]]) -> None:
    """(feed partition, offset) of records the fetch loop takes in a batch (drain.py)."""
    now = time.time()
    for record in records:
        _arrived[record] = now


def batch_taken() -> None:
    global _batch_at
    _batch_at = time.time()


def fetched(pairs: Iterable[tuple[int, int, str]]) -> None:
    """(partition, offset, event id) of a decoded batch: their `arrived` and `batch` times."""
    rows = []
    for partition, offset, event_id in pairs:
        arrived = _arrived.pop((partition, offset), _batch_at)
        rows.append(f"{event_id}\tarrived\t-\t{arrived:.6f}\n")
        rows.append(f"{event_id}\tbatch\t-\t{_batch_at:.6f}\n")
    _write(rows)


def mark(stage: str, slot: str, event_ids: Iterable[str]) -> None:
    now = time.time()
    _write([f"{i}\t{stage}\t{slot}\t{now:.6f}\n" for i in event_ids])


def _write(rows: list[str]) -> None:
    assert PATH is not None
    with open(PATH, "a", encoding="utf-8") as out:
        out.writelines(rows)
