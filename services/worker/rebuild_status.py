"""Where a worker says it is rebuilding lost read models, and where the API reads it.

The worker runs in another process than the API, so it writes its progress to a Redis key
(`<prefix>:rebuilding:<topic>`, JSON `{"start", "position", "target"}`) that expires unless
renewed (a worker killed mid-rebuild does not leave reads refused for ever). The API reads
the key at most every `REFRESH_S` however many requests arrive.
"""

from __future__ import annotations

import asyncio
import json

from redis.asyncio import Redis

from services.projector.runner import Rebuilding

TTL_S = 15
REFRESH_S = 0.25


def status_key(prefix: str, topic: str) -> str:
    return f"{prefix}:rebuilding:{topic}"


async def publish(redis: Redis, key: str, progress: Rebuilding | None) -> None:
    if progress is None:
        await redis.delete(key)
        return
    body = {"start": progress.start, "position": progress.position, "target": progress.target}
    await redis.set(key, json.dumps(body), ex=TTL_S)


class RebuildWatch:
    """The API's view of a worker's rebuild: `rebuilding` as the embedded projector has it."""

    waiting_for: str | None = None  # a lost Redis is reported by the reads themselves

    def __init__(self, redis_url: str, key: str) -> None:
        self._url, self._key = redis_url, key
        self._redis: Redis | None = None
        self._read_at = -REFRESH_S
        self._lock = asyncio.Lock()
        self.rebuilding: Rebuilding | None = None

    async def refresh(self) -> None:
        """Read the key if the last read is older than REFRESH_S; a failed read keeps the
        last answer (the read itself will answer 503 naming redis)."""
        clock = asyncio.get_running_loop().time
        if clock() - self._read_at < REFRESH_S:
            return
        async with self._lock:
            if clock() - self._read_at < REFRESH_S:
                return
            if self._redis is None:
                self._redis = Redis.from_url(self._url, socket_timeout=1.0)
            try:
                raw = await self._redis.get(self._key)
            except Exception:  # reported by the read that follows
                return
            self._read_at = clock()
            self.rebuilding = None if raw is None else Rebuilding(**json.loads(raw))

    async def close(self) -> None:
        if self._redis is not None:
            await self._redis.aclose()
