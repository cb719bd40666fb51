"""A small HTTP/1.1 keep-alive load generator (asyncio streams), one process, N connections.

Closed loop (`rate` None): every connection sends as soon as its last answer arrived; gives
the saturating rate. Open loop (`rate`): requests are due at fixed times and their latency
counts from when they were due (no coordinated omission), so queueing shows in p99.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass


@dataclass
class LoadResult:
    requests: int
    seconds: float
    latencies_ms: list[float]
    statuses: dict[int, int]

    @property
    def per_s(self) -> float:
        return self.requests / self.seconds

    def pct(self, q: float) -> float:
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else 0.0


async def exchange(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, request: bytes
) -> int:
    """Send one request on a keep-alive connection, read its answer; returns the status."""
    writer.write(request)
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head[9:12])
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    if length:
        await reader.readexactly(length)
    return status


async def load(
    port: int,
    path: str,
    *,
    seconds: float,
    connections: int = 16,
    rate: float | None = None,
    headers: dict[str, str] | None = None,
) -> LoadResult:
    extra = "".join(f"{k}: {v}\r\n" for k, v in (headers or {}).items())
    request = f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n{extra}\r\n".encode()
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    start = time.perf_counter() + 0.05
    end = start + seconds
    slot = 0

    async def connection() -> None:
        nonlocal slot
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        await asyncio.sleep(max(0.0, start - time.perf_counter()))
        try:
            while True:
                if rate is None:
                    due = time.perf_counter()
                else:
                    due = start + slot / rate
                    slot += 1
                    if due > time.perf_counter():
                        await asyncio.sleep(due - time.perf_counter())
                if due >= end:
                    return
                status = await exchange(reader, writer, request)
                done = time.perf_counter()
                if done <= end:
                    latencies.append((done - due) * 1000)
                    statuses[status] = statuses.get(status, 0) + 1
        finally:
            writer.close()

    await asyncio.gather(*(connection() for _ in range(connections)))
    return LoadResult(len(latencies), seconds, latencies, statuses)
