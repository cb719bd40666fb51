"""uvicorn's h11 protocol with a response's head and body sent in one write.

uvicorn writes a response's status line and headers when the app sends
`http.response.start`, and its body apart: two `send()` calls per response. On loopback
each one runs the kernel's TCP path and wakes the reader, so for the small answers of
`POST /facts` and the projection reads the second call was ~half the socket time
(py-spy of `serve` under bench_freshness, issue 13 item 4). Here a head is held until the
next write of its connection — the body, normally within the same turn of the loop — and
the two go out as one; a head with no write after it goes out on the loop's next turn, and
any other use of the transport (close, flow control) sends it first, so the bytes and
their order on the wire are what uvicorn wrote.
"""

from __future__ import annotations

import asyncio
from typing import Any

from uvicorn.protocols.http.h11_impl import H11Protocol

_HEAD_START = b"HTTP/1.1 "
_HEAD_END = b"\r\n\r\n"


class HeldHeadTransport:
    """A transport whose response heads wait for the next write (see the module)."""

    def __init__(self, transport: asyncio.Transport, loop: asyncio.AbstractEventLoop) -> None:
        self._transport = transport
        self._loop = loop
        self._held: bytes | None = None

    def write(self, data: bytes | bytearray | memoryview) -> None:
        if self._held is not None:
            data, self._held = self._held + bytes(data), None
        elif isinstance(data, bytes) and data.startswith(_HEAD_START) and data.endswith(_HEAD_END):
            self._held = data
            self._loop.call_soon(self.flush)
            return
        self._transport.write(data)

    def flush(self) -> None:
        if self._held is not None:
            data, self._held = self._held, None
            self._transport.write(data)

    def __getattr__(self, name: str) -> Any:
        self.flush()  # whatever else is asked of the transport comes after the held head
        return getattr(self._transport, name)


class CoalescingH11Protocol(H11Protocol):
    """`uvicorn.run(..., http=CoalescingH11Protocol)`: h11 with heads held for their body."""

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        held = HeldHeadTransport(transport, self.loop)
        super().connection_made(held)  # type: ignore[arg-type]
