"""Every key a Redis read-model store holds, with its value, for key-by-key comparisons."""

from __future__ import annotations

from typing import Any

from services.readmodels.redis_store import RedisReadModelStore


async def redis_contents(store: RedisReadModelStore) -> dict[str, Any]:
    """Keys under the store's prefix (prefix stripped) mapped to their string, hash or sorted
    set contents."""
    found: dict[str, Any] = {}
    client = store._redis
    async for name in client.scan_iter(match=f"{store._prefix}:*", count=1000):
        short = name[len(store._prefix) :]
        kind = await client.type(name)
        if kind == "string":
            found[short] = await client.get(name)
        elif kind == "hash":
            found[short] = await client.hgetall(name)
        else:
            found[short] = await client.zrange(name, 0, -1, withscores=True)
    return found
