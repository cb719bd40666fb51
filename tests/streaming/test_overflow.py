"""A client that stops reading gets a bounded buffer, then `event: overflow` with a resume
cursor, and is cut off; the other subscribers never notice."""

from __future__ import annotations

import json
import socket
import threading
import time
from urllib.parse import urlsplit

import h11

from tests.streaming.conftest import StartServer, bulky_statements, handovers
from tests.streaming.sse import Received, open_stream


class StalledClient:
    """A real HTTP/1.1 client (h11 over a socket with a tiny receive buffer) that reads
    nothing until told to, so the server's socket and queue for it fill up."""

    def __init__(self, url: str, path: str) -> None:
        parts = urlsplit(url)
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        self.sock.connect((parts.hostname, parts.port))
        self.conn = h11.Connection(h11.CLIENT)
        request = h11.Request(method="GET", target=path, headers=[("Host", parts.netloc)])
        self.sock.sendall(self.conn.send(request) + self.conn.send(h11.EndOfMessage()))

    def read_all(self, timeout: float = 20) -> bytes:
        """Everything until the server ends the response."""
        self.sock.settimeout(timeout)
        body = b""
        while True:
            event = self.conn.next_event()
            if event is h11.NEED_DATA:
                self.conn.receive_data(self.sock.recv(65536))
            elif isinstance(event, h11.Data):
                body += bytes(event.data)
            elif isinstance(event, h11.EndOfMessage | h11.ConnectionClosed):
                self.sock.close()
                return body
            elif isinstance(event, h11.Response):
                assert event.status_code == 200


def _frames(body: bytes) -> list[Received]:
    out = []
    for block in body.decode().split("\n\n"):
        fields = dict(line.split(": ", 1) for line in block.splitlines() if ": " in line)
        if "data" in fields:
            out.append(
                Received(fields.get("id"), fields.get("event", ""), json.loads(fields["data"]))
            )
    return out


def test_a_stalled_client_overflows_alone_and_resumes_exactly_once(
    make_server: StartServer,
) -> None:
    # The stalled client's kernel buffers (up to tcp_wmem max, 4 MiB, on the server side)
    # fill before its queue does; 12 bursts of 21 events of ~40 kB make ~10 MB.
    server = make_server(buffer=32, send_timeout_s=30)
    slow = StalledClient(server.url, "/events/stream?after=0")
    server.wait_for_subscribers(1)
    bursts, total = 12, 12 * 21
    fast: list[Received] = []
    with open_stream(server.url, {"after": 0}) as stream:
        server.wait_for_subscribers(2)
        reader = threading.Thread(target=lambda: fast.extend(stream.take(total + 1)))
        reader.start()
        for i in range(bursts):  # 21 events each: a burst fits the buffer of a live reader
            server.append(f"burst-{i}", bulky_statements(20, f"Burst {i}"))
        deadline = time.monotonic() + 20
        while server.hub.stats.overflows == 0 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert server.hub.stats.overflows == 1 and server.hub.stats.subscribers == 1
        # The fast reader is still live after the slow one was cut off.
        server.append("after-overflow", handovers(1, "Late"))
        reader.join(timeout=20)
    assert [r.position for r in fast] == list(range(1, total + 2))
    frames = _frames(slow.read_all())
    *events, last = frames
    delivered = [r.position for r in events]
    assert delivered == list(range(1, len(delivered) + 1)) and len(delivered) < total
    assert last.event == "overflow" and last.id == str(delivered[-1])
    assert last.data["last_position"] == delivered[-1] and last.data["buffer"] == 32
    # Resume from the overflow's cursor: the rest, exactly once.
    with open_stream(server.url, last_event_id=last.id) as stream:
        rest = stream.take(total + 1 - delivered[-1])
    assert delivered + [r.position for r in rest] == list(range(1, total + 2))


def test_a_client_that_never_reads_is_dropped_after_the_send_timeout(
    make_server: StartServer,
) -> None:
    server = make_server(buffer=32, send_timeout_s=1)
    slow = StalledClient(server.url, "/events/stream?after=0")
    server.wait_for_subscribers(1)
    for i in range(12):
        server.append(f"burst-{i}", bulky_statements(20, f"Burst {i}"))
    assert server.hub.stats.overflows == 1
    time.sleep(1.5)  # the blocked send times out: the server closes the connection
    try:
        body = slow.read_all(timeout=10)
    except h11.RemoteProtocolError:  # closed mid-body, as expected
        body = b"closed"
    assert body  # ended (by the close) rather than hanging until the timeout
