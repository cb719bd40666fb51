"""The Redis adapter of the read-model store.

Layout under `<prefix>:<ns>:<projection>:` — `doc:<key>` strings, `keys` set, `routes`
hash (fact id -> JSON list of keys), `checkpoint` hash (partition -> position). A Lua script
checks the checkpoint and writes everything in one atomic step.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping

import redis.asyncio as aioredis

from services.readmodels.port import CheckpointMoved, ReadModelStore

_COMMIT = """
local base = KEYS[1]
local current = redis.call('HGET', base .. 'checkpoint', ARGV[1]) or '0'
if current ~= ARGV[2] then return current end
local ndocs = tonumber(ARGV[4])
local i = 5
for _ = 1, ndocs do
  redis.call('SET', base .. 'doc:' .. ARGV[i], ARGV[i + 1])
  redis.call('SADD', base .. 'keys', ARGV[i])
  i = i + 2
end
local nroutes = tonumber(ARGV[i]); i = i + 1
for _ = 1, nroutes do
  redis.call('HSET', base .. 'routes', ARGV[i], ARGV[i + 1])
  i = i + 2
end
redis.call('HSET', base .. 'checkpoint', ARGV[1], ARGV[3])
return 'ok'
"""


class RedisReadModelStore(ReadModelStore):
    def __init__(self, client: aioredis.Redis, prefix: str = "fs") -> None:
        self._redis = client
        self._prefix = prefix
        self._commit = client.register_script(_COMMIT)

    @classmethod
    def from_url(cls, url: str, prefix: str = "fs") -> RedisReadModelStore:
        return cls(aioredis.Redis.from_url(url, decode_responses=True), prefix)

    def _base(self, ns: str, projection: str) -> str:
        return f"{self._prefix}:{ns}:{projection}:"

    async def get(self, ns: str, projection: str, key: str) -> str | None:
        value = await self._redis.get(self._base(ns, projection) + "doc:" + key)
        return None if value is None else str(value)

    async def get_many(self, ns: str, projection: str, keys: Iterable[str]) -> dict[str, str]:
        keys = list(keys)
        if not keys:
            return {}
        base = self._base(ns, projection) + "doc:"
        values = await self._redis.mget([base + k for k in keys])
        return {k: str(v) for k, v in zip(keys, values, strict=True) if v is not None}

    async def keys(self, ns: str, projection: str) -> list[str]:
        return sorted(
            str(k) for k in await self._redis.smembers(self._base(ns, projection) + "keys")
        )

    async def routes(
        self, ns: str, projection: str, fact_ids: Iterable[str]
    ) -> dict[str, list[str]]:
        ids = list(fact_ids)
        if not ids:
            return {}
        values = await self._redis.hmget(self._base(ns, projection) + "routes", ids)
        return {i: json.loads(v) for i, v in zip(ids, values, strict=True) if v is not None}

    async def checkpoint(self, ns: str, projection: str) -> dict[str, int]:
        raw = await self._redis.hgetall(self._base(ns, projection) + "checkpoint")
        return {str(k): int(v) for k, v in raw.items()}

    async def commit(
        self,
        ns: str,
        projection: str,
        *,
        docs: Mapping[str, str],
        routes: Mapping[str, list[str]],
        partition: str,
        expected: int,
        position: int,
    ) -> None:
        args: list[str | int] = [partition, str(expected), str(position), len(docs)]
        for key, doc in docs.items():
            args += [key, doc]
        args.append(len(routes))
        for fact_id, keys in routes.items():
            args += [fact_id, json.dumps(sorted(keys))]
        result = await self._commit(keys=[self._base(ns, projection)], args=args)
        if result != "ok":
            raise CheckpointMoved(f"{projection}/{partition} is at {result}, expected {expected}")

    async def drop(self, ns: str) -> None:
        async for key in self._redis.scan_iter(match=f"{self._prefix}:{ns}:*", count=1000):
            await self._redis.delete(key)

    async def ping(self) -> bool:
        return bool(await self._redis.ping())

    async def close(self) -> None:
        await self._redis.aclose()
