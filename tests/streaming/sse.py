"""A blocking SSE reader over httpx, for tests: frames with their id, event and JSON data."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import httpx

from services.cli.tail import parse_sse


@dataclass
class Received:
    id: str | None
    event: str
    data: dict[str, Any]

    @property
    def position(self) -> int:
        value: int = self.data["position"]
        return value


class Stream:
    def __init__(self, response: httpx.Response) -> None:
        self.response = response
        self._frames = parse_sse(response.iter_lines())
        self.last_id: str | None = None

    def next(self) -> Received:
        for last_id, msg in self._frames:
            self.last_id = last_id if last_id is not None else self.last_id
            if msg is not None:
                return Received(msg.id, msg.event, json.loads("\n".join(msg.data)))
        raise EOFError("the stream ended")

    def take(self, n: int) -> list[Received]:
        return [self.next() for _ in range(n)]


@contextmanager
def open_stream(
    url: str, params: Any = None, last_event_id: str | None = None, read_timeout: float = 10
) -> Iterator[Stream]:
    headers = {"Last-Event-ID": last_event_id} if last_event_id is not None else {}
    timeout = httpx.Timeout(10.0, read=read_timeout)
    with (
        httpx.Client(timeout=timeout) as client,
        client.stream("GET", f"{url}/events/stream", params=params, headers=headers) as response,
    ):
        assert response.status_code == 200, response.read()
        assert response.headers["content-type"].startswith("text/event-stream")
        yield Stream(response)
