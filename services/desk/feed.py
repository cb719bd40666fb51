"""The live feed's first screen: the latest events matching a filter, newest first, and a
short summary of each (its kind and the entities it names)."""

from __future__ import annotations

from typing import Any

from contracts.envelope import Event
from events.port import EventLog
from services.streaming.filters import StreamFilter

CHUNK = 1000
MOST_CHUNKS = 20  # a rare filter on a long log shows what the last 20,000 events hold


async def latest(log: EventLog, flt: StreamFilter, count: int) -> tuple[list[Event], int]:
    """Up to `count` matching events, newest first, and the head they were read at."""
    head = await log.head()
    found: list[Event] = []
    upper = head
    for _ in range(MOST_CHUNKS):
        if upper <= 0 or len(found) >= count:
            break
        lower = max(0, upper - CHUNK)
        chunk = await log.read_all(after=lower, limit=upper - lower, filter=flt.log_filter)
        found = [e for e in chunk if e.position is not None and e.position <= upper] + found
        found = [e for e in found if flt.matches(e)]
        upper = lower
    return list(reversed(found[-count:])), head


def names(value: Any) -> list[str]:
    """Names of the entities anywhere in an event's data, in order, once each."""
    out: list[str] = []

    def walk(item: Any) -> None:
        if isinstance(item, dict):
            if isinstance(item.get("id"), str) and isinstance(item.get("name"), str):
                out.append(item["name"])
            for child in item.values():
                walk(child)
        elif isinstance(item, list):
            for child in item:
                walk(child)

    walk(value)
    return list(dict.fromkeys(out))


def row(event: Event) -> dict[str, Any]:
    dumped = event.model_dump(mode="json")
    return {
        "position": event.position,
        "type": event.type,
        "stream": event.stream_id,
        "recorded": dumped.get("recorded_at") or "",
        "summary": ", ".join(names(dumped["data"])),
    }
