"""The SSE wire format: `id:`, `event:`, `data:` lines, a blank line ends a frame."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property

from contracts.envelope import Event
from services.streaming.filters import entity_ids


@dataclass(frozen=True)
class Frame:
    """An event encoded once, shared by every subscriber's queue."""

    event: Event
    position: int
    data: bytes

    @classmethod
    def of(cls, event: Event) -> Frame:
        assert event.position is not None, "only stored events are streamed"
        return cls(event, event.position, event_frame(event))

    @cached_property
    def entity_ids(self) -> frozenset[str]:
        return entity_ids(self.event)


def event_frame(event: Event) -> bytes:
    # model_dump_json is one line: newlines inside strings are escaped.
    return (
        f"id: {event.position}\nevent: {event.type}\ndata: {event.model_dump_json()}\n\n".encode()
    )


def comment(text: str) -> bytes:
    return f": {text}\n\n".encode()


def preamble(retry_ms: int, cursor: int) -> bytes:
    """First frame: reconnect delay, and `id:` so a client that sees no event before a
    reconnect still resumes from where it started (an id-only frame sets the cursor)."""
    return f"retry: {retry_ms}\nid: {cursor}\n\n".encode()


def overflow_frame(last_position: int, buffer: int) -> bytes:
    """The last frame to a client that fell behind: its `id` is where to resume."""
    body = json.dumps(
        {
            "reason": "overflow",
            "last_position": last_position,
            "buffer": buffer,
            "resume": f"reconnect with Last-Event-ID: {last_position}",
        }
    )
    return f"id: {last_position}\nevent: overflow\ndata: {body}\n\n".encode()


def error_frame(last_position: int, reason: str) -> bytes:
    body = json.dumps({"reason": reason, "last_position": last_position})
    return f"id: {last_position}\nevent: error\ndata: {body}\n\n".encode()
