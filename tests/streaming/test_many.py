"""Many concurrent subscribers over real HTTP each receive every event, in order."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx

from tests.streaming.conftest import StartServer, handovers

SUBSCRIBERS = 200


async def _subscriber(client: httpx.AsyncClient, url: str, want: int) -> list[int]:
    positions: list[int] = []
    async with client.stream("GET", f"{url}/events/stream", params={"after": 0}) as response:
        async for line in response.aiter_lines():
            if line.startswith("data: "):
                positions.append(json.loads(line[6:])["position"])
                if len(positions) == want:
                    break
    return positions


async def _run(server: Any, want: int) -> list[list[int]]:
    limits = httpx.Limits(max_connections=SUBSCRIBERS + 10)
    async with httpx.AsyncClient(timeout=30, limits=limits) as client:
        tasks = [
            asyncio.create_task(_subscriber(client, server.url, want)) for _ in range(SUBSCRIBERS)
        ]
        await asyncio.to_thread(server.wait_for_subscribers, SUBSCRIBERS)
        for i in range(4):
            await asyncio.to_thread(server.append, f"many-{i}", handovers(10, f"Many {i}"))
        return list(await asyncio.gather(*tasks))


def test_200_subscribers_each_receive_all_events(make_server: StartServer) -> None:
    server = make_server()
    server.append("seed", handovers(9, "Seed"))  # 10 events to catch up on, 44 live
    results = asyncio.run(_run(server, 54))
    assert len(results) == SUBSCRIBERS
    assert all(r == list(range(1, 55)) for r in results)
    assert server.hub.stats.overflows == 0
