"""`factstream tail`: follow the live stream over SSE, resuming with Last-Event-ID."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Annotated

import httpx
import typer

Params = list[tuple[str, str | int | float | bool | None]]


@dataclass
class SseMessage:
    event: str = "message"
    id: str | None = None
    data: list[str] = field(default_factory=list)


def parse_sse(lines: Iterator[str]) -> Iterator[tuple[str | None, SseMessage | None]]:
    """(last id, message) per blank-line-terminated frame; message is None for id-only,
    comment and retry frames (they may still move the cursor)."""
    msg, last_id, pending = SseMessage(), None, False
    for line in lines:
        if not line:
            if pending:
                yield last_id, (msg if msg.data else None)
            msg, pending = SseMessage(), False
            continue
        pending = True
        name, _, value = line.partition(":")
        value = value[1:] if value.startswith(" ") else value
        if name == "id":
            last_id = msg.id = value
        elif name == "event":
            msg.event = value
        elif name == "data":
            msg.data.append(value)


def describe(msg: SseMessage) -> str:
    """One line: position, type, stream, and the entity ids of the data."""
    body = json.loads("\n".join(msg.data))
    if msg.event in ("overflow", "error"):
        return f"{msg.id} {msg.event} {body.get('reason')} (resuming)"
    names = sorted(set(_names(body.get("data", {}))))
    return f"{body.get('position')} {body.get('type')} {body.get('stream_id')} {' '.join(names)}"


def _names(node: object) -> Iterator[str]:
    if isinstance(node, dict):
        if isinstance(node.get("id"), str) and "name" in node:
            yield node["id"]
        for value in node.values():
            yield from _names(value)
    elif isinstance(node, list):
        for value in node:
            yield from _names(value)


def tail(
    after: Annotated[int | None, typer.Option(help="Resume after this position.")] = None,
    type: Annotated[list[str] | None, typer.Option(help="Type or prefix*; repeatable.")] = None,
    stream: Annotated[str | None, typer.Option(help="One stream id.")] = None,
    entity: Annotated[list[str] | None, typer.Option(help="Entity id; repeatable.")] = None,
    url: Annotated[str, typer.Option(help="The API's base URL.")] = "http://127.0.0.1:8000",
    json_out: Annotated[bool, typer.Option("--json", help="Print each event's JSON.")] = False,
    count: Annotated[int | None, typer.Option(help="Exit after this many events.")] = None,
) -> None:
    """Follow the event stream (SSE); on a dropped connection, resume where it stopped."""
    params: Params = [("type", t) for t in type or ()]
    params += [("entity", e) for e in entity or ()] + ([("stream", stream)] if stream else [])
    cursor = None if after is None else str(after)
    seen, delay = 0, 0.5
    with httpx.Client(timeout=httpx.Timeout(10.0, read=None)) as client:
        while count is None or seen < count:
            headers = {"Accept": "text/event-stream"}
            if cursor is not None:
                headers["Last-Event-ID"] = cursor
            try:
                with client.stream(
                    "GET", f"{url}/events/stream", params=params, headers=headers
                ) as response:
                    if response.status_code >= 400:
                        response.read()
                        print(f"error: {response.status_code} {response.text}", file=sys.stderr)
                        raise typer.Exit(2)
                    delay = 0.5
                    for last_id, msg in parse_sse(response.iter_lines()):
                        cursor = last_id if last_id is not None else cursor
                        if msg is None:
                            continue
                        if msg.event in ("overflow", "error"):
                            print(describe(msg), file=sys.stderr, flush=True)
                            break
                        print("\n".join(msg.data) if json_out else describe(msg), flush=True)
                        seen += 1
                        if count is not None and seen >= count:
                            return
            except httpx.TransportError as exc:
                print(f"disconnected ({exc!r}); resuming after {cursor}", file=sys.stderr)
                time.sleep(delay)
                delay = min(delay * 2, 10.0)
            except KeyboardInterrupt:
                return
