"""A response's head and body go out in one write (services/api/coalesced_http.py), and the
bytes on the wire are those of uvicorn's plain h11 protocol."""

from __future__ import annotations

import asyncio
import socket
from typing import Any

import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from services.api.coalesced_http import CoalescingH11Protocol, HeldHeadTransport

HEAD = b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n"


class _Recorder:
    def __init__(self) -> None:
        self.calls: list[tuple[str, bytes]] = []

    def write(self, data: bytes) -> None:
        self.calls.append(("write", bytes(data)))

    def close(self) -> None:
        self.calls.append(("close", b""))


def test_a_head_waits_for_its_body_and_never_past_the_next_turn_or_a_close() -> None:
    async def scenario() -> list[list[tuple[str, bytes]]]:
        seen = []
        for follow in ("body", "nothing", "close"):
            inner = _Recorder()
            held = HeldHeadTransport(inner, asyncio.get_running_loop())  # type: ignore[arg-type]
            held.write(HEAD)
            if follow == "body":
                held.write(b"{}")
            elif follow == "close":
                held.close()
            await asyncio.sleep(0)  # the loop's next turn
            held.write(b"more")
            seen.append(inner.calls)
        return seen

    body, nothing, close = asyncio.run(scenario())
    assert body == [("write", HEAD + b"{}"), ("write", b"more")]
    assert nothing == [("write", HEAD), ("write", b"more")]
    assert close == [("write", HEAD), ("close", b""), ("write", b"more")]


async def _app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    if scope["type"] != "http":
        return
    body = b'{"ok":true}' * (1 if scope["path"] == "/small" else 2000)
    headers = [(b"content-type", b"application/json"), (b"content-length", b"%d" % len(body))]
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    await send({"type": "http.response.body", "body": body})


async def _exchange(protocol: type[asyncio.Protocol], path: str) -> tuple[bytes, int]:
    """One keep-alive request: the response bytes (the date header dropped) and how many
    reads it took to get them."""
    config = uvicorn.Config(
        _app, host="127.0.0.1", port=0, http=protocol, log_config=None, lifespan="off"
    )
    server = uvicorn.Server(config)
    serving = asyncio.create_task(server.serve())
    while not server.started:
        await asyncio.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.get_extra_info("socket").setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    writer.write(f"GET {path} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
    await writer.drain()
    got, reads = b"", 0
    while b"\r\n\r\n" not in got or len(got.split(b"\r\n\r\n", 1)[1]) < _length(got):
        got += await reader.read(1 << 20)
        reads += 1
    writer.close()
    server.should_exit = True
    await serving
    lines = [line for line in got.split(b"\r\n") if not line.lower().startswith(b"date:")]
    return b"\r\n".join(lines), reads


def _length(got: bytes) -> int:
    for line in got.split(b"\r\n\r\n", 1)[0].split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            return int(line.split(b":", 1)[1])
    raise AssertionError("the app sends a content-length")


def test_the_bytes_are_the_plain_protocols_and_a_small_answer_is_one_segment() -> None:
    for path in ("/small", "/large"):
        plain, _ = asyncio.run(_exchange(H11Protocol, path))
        coalesced, reads = asyncio.run(_exchange(CoalescingH11Protocol, path))
        assert coalesced == plain
        if path == "/small":
            assert reads == 1
