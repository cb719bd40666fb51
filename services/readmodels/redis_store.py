"""The Redis adapter of the read-model store.

Layout under `<prefix>:<ns>:<projection>:` — `doc:<key>` strings; `keys` sorted set (score:
the first position that touched the key); `routes` hash (fact id -> JSON list of keys);
`checkpoint` hash (partition -> position); for as-of reads, `idx:<key>` (positions applied to
the key) and a snapshot of the document every N of them (`snap:<key>` hash, `snaps:<key>`
index). A Lua script checks the checkpoint and writes all of it in one atomic step.

A snapshot taken at a commit is the document that commit writes, so it is stored as ''
("the document as it stands") and copied into the hash only when a later commit is about
to overwrite that document: a rebuild's one big commit snapshots nearly every document,
and copying them all doubled the server's memory and much of its CPU. As-of reads resolve
the mark in the same script that reads the snapshot.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any, Self

import orjson
import redis
import redis.asyncio as aioredis
from redis.driver_info import DriverInfo
from redis.exceptions import NoScriptError

from services.readmodels.port import AliasMoved, AsOf, CheckpointMoved, ReadModelStore
from services.readmodels.redis_guard import reads, writes

# Given, not looked up: without it redis-py reads its own package metadata (an e-mail
# header parse) for every new pooled connection, ~0.5 ms idle and tens of ms on a loaded
# worker's event loop while its pool grows under a burst (issue 13 item 4, py-spy).
DRIVER_INFO = DriverInfo(name="redis-py", lib_version=redis.__version__)

# Arguments: partition, expected, position, snapshot every, number of documents, then per
# document its key, its JSON and its positions comma-joined; last, the routes as one JSON
# array [fact id, keys JSON, ...] ('' for none); then the namespace an alias (KEYS[2], if
# given) must name, else nothing is written (the live projector's batch: no GET of the
# alias per batch, and the check is atomic with the write). Few arguments and multi-member ZADD/HSET
# calls: one argument (or one redis.call) per position and per route cost ~7 us an event in
# a rebuild (redis-py packs each argument in Python). The keys written are the same.
_COMMIT = """
local base = KEYS[1]
if KEYS[2] then
  local live = redis.call('GET', KEYS[2]) or 'live'
  if live ~= ARGV[#ARGV] then return 'alias:' .. live end
end
local current = redis.call('HGET', base .. 'checkpoint', ARGV[1]) or '0'
if current ~= ARGV[2] then return current end
local every = tonumber(ARGV[4])
local ndocs = tonumber(ARGV[5])
local STEP = 4000  -- unpack's stack limit is 8000 values
local function many(cmd, key, flat)
  for s = 1, #flat, STEP do
    redis.call(cmd, key, unpack(flat, s, math.min(s + STEP - 1, #flat)))
  end
end
local i = 6
for _ = 1, ndocs do
  local key, doc = ARGV[i], ARGV[i + 1]
  local marked = redis.call('ZREVRANGE', base .. 'snaps:' .. key, 0, 0)[1]
  if marked and redis.call('HSTRLEN', base .. 'snap:' .. key, marked) == 0 then
    -- the last snapshot is the document about to be overwritten: copy it now
    local kept = redis.call('GET', base .. 'doc:' .. key)
    redis.call('HSET', base .. 'snap:' .. key, marked, kept)
  end
  redis.call('SET', base .. 'doc:' .. key, doc)
  local pairs_, n = {}, 0
  for p in string.gmatch(ARGV[i + 2], '%d+') do
    pairs_[n + 1], pairs_[n + 2], n = p, p, n + 2
  end
  local first = ARGV[3]
  if n > 0 then first = pairs_[1] end
  redis.call('ZADD', base .. 'keys', 'NX', first, key)
  if n > 0 then
    local before = redis.call('ZCARD', base .. 'idx:' .. key)
    many('ZADD', base .. 'idx:' .. key, pairs_)
    local after = redis.call('ZCARD', base .. 'idx:' .. key)
    if every > 0 and math.floor(before / every) ~= math.floor(after / every) then
      local last = pairs_[n]
      redis.call('HSET', base .. 'snap:' .. key, last, '')  -- the document as it stands
      redis.call('ZADD', base .. 'snaps:' .. key, last, last)
    end
  end
  i = i + 3
end
if ARGV[i] ~= '' then many('HSET', base .. 'routes', cjson.decode(ARGV[i])) end
redis.call('HSET', base .. 'checkpoint', ARGV[1], ARGV[3])
return 'ok'
"""

# An as-of read's snapshot (the latest at or before ARGV[2], '' resolved to the document
# itself) and the positions applied after it, in one atomic step: a commit between the
# reads could overwrite the document a '' stands for.
_HISTORY = """
local base, key, at = KEYS[1], ARGV[1], ARGV[2]
local snaps = base .. 'snaps:' .. key
local snap_at = redis.call('ZREVRANGEBYSCORE', snaps, at, '-inf', 'LIMIT', 0, 1)[1]
local doc = false
if snap_at then
  doc = redis.call('HGET', base .. 'snap:' .. key, snap_at)
  if doc == '' then doc = redis.call('GET', base .. 'doc:' .. key) end
end
local later = redis.call('ZRANGEBYSCORE', base .. 'idx:' .. key, '(' .. (snap_at or '0'), at)
return {snap_at or '0', doc, later}
"""

# version_tag in one round trip: the alias, then that namespace's checkpoint
_VERSION_TAG = """
local ns = redis.call('GET', KEYS[1]) or 'live'
local checkpoint = redis.call('HGETALL', ARGV[1] .. ':' .. ns .. ':' .. ARGV[2] .. ':checkpoint')
return {ns, checkpoint}
"""


def _packed_routes(routes: Mapping[str, list[str]]) -> bytes:
    """[fact id, JSON of its sorted keys, ...] as one JSON string; the keys' JSON is made
    once per distinct key list (a rebuild routes thousands of facts to the same keys)."""
    if not routes:
        return b""
    made: dict[tuple[str, ...], str] = {}
    flat: list[str] = []
    for fact_id, keys in routes.items():
        seen = tuple(keys)
        value = made.get(seen)
        if value is None:
            value = made[seen] = json.dumps(sorted(keys))
        flat += (fact_id, value)
    return orjson.dumps(flat)


class RedisReadModelStore(ReadModelStore):
    def __init__(
        self,
        client: aioredis.Redis,
        prefix: str = "fs",
        snapshot_every: int = 16,
        *,
        read_timeout_s: float | None = None,
        write_timeout_s: float | None = None,
    ) -> None:
        self.read_timeout_s = read_timeout_s  # None: no limit
        self.write_timeout_s = write_timeout_s
        self._redis = client
        self._prefix = prefix
        self._snapshot_every = snapshot_every
        self._commit = client.register_script(_COMMIT)
        self._version_tag = client.register_script(_VERSION_TAG)
        self._history = client.register_script(_HISTORY)

    @classmethod
    def from_url(
        cls,
        url: str,
        prefix: str = "fs",
        snapshot_every: int = 16,
        *,
        read_timeout_s: float | None = None,
        write_timeout_s: float | None = None,
    ) -> Self:
        # The socket itself waits as long as the longest call may (the guard bounds each
        # call): redis-py's own default (5 s) cut a 1M-event rebuild's final commit short
        # under load, whatever write timeout was asked for.
        limits = [t for t in (read_timeout_s, write_timeout_s) if t is not None]
        client = aioredis.Redis.from_url(
            url,
            decode_responses=True,
            socket_timeout=max(limits) if limits else None,
            socket_connect_timeout=read_timeout_s,
            driver_info=DRIVER_INFO,
        )
        return cls(
            client,
            prefix,
            snapshot_every,
            read_timeout_s=read_timeout_s,
            write_timeout_s=write_timeout_s,
        )

    def _base(self, ns: str, projection: str) -> str:
        return f"{self._prefix}:{ns}:{projection}:"

    @reads
    async def get(self, ns: str, projection: str, key: str) -> str | None:
        value = await self._redis.get(self._base(ns, projection) + "doc:" + key)
        return None if value is None else str(value)

    @reads
    async def get_many(self, ns: str, projection: str, keys: Iterable[str]) -> dict[str, str]:
        keys = list(keys)
        if not keys:
            return {}
        base = self._base(ns, projection) + "doc:"
        values = await self._command("MGET", *(base + k for k in keys))
        return {k: str(v) for k, v in zip(keys, values, strict=True) if v is not None}

    @reads
    async def keys(self, ns: str, projection: str) -> list[str]:
        found = await self._redis.zrange(self._base(ns, projection) + "keys", 0, -1)
        return sorted(str(k) for k in found)

    @reads
    async def keys_at(self, ns: str, projection: str, at: int) -> list[str]:
        found = await self._redis.zrangebyscore(self._base(ns, projection) + "keys", "-inf", at)
        return sorted(str(k) for k in found)

    @reads
    async def history(self, ns: str, projection: str, key: str, at: int) -> AsOf:
        snap_at, doc, later = await self._history(keys=[self._base(ns, projection)], args=[key, at])
        return AsOf(int(snap_at), None if doc is None else str(doc), [int(p) for p in later])

    @reads
    async def get_alias(self, name: str) -> str | None:
        value = await self._command("GET", f"{self._prefix}:alias:{name}")
        return None if value is None else str(value)

    @writes
    async def set_alias(self, name: str, ns: str) -> None:
        await self._redis.set(f"{self._prefix}:alias:{name}", ns)

    @reads
    async def routes(
        self, ns: str, projection: str, fact_ids: Iterable[str]
    ) -> dict[str, list[str]]:
        ids = list(fact_ids)
        if not ids:
            return {}
        values = await self._command("HMGET", self._base(ns, projection) + "routes", *ids)
        return {i: json.loads(v) for i, v in zip(ids, values, strict=True) if v is not None}

    @reads
    async def checkpoint(self, ns: str, projection: str) -> dict[str, int]:
        raw = await self._command("HGETALL", self._base(ns, projection) + "checkpoint")
        return {str(k): int(v) for k, v in raw.items()}

    @writes
    async def commit(
        self,
        ns: str,
        projection: str,
        *,
        docs: Mapping[str, str] | Mapping[str, bytes],
        routes: Mapping[str, list[str]],
        partition: str,
        expected: int,
        position: int,
        history: Mapping[str, list[int]] | None = None,
        alias: str | None = None,
    ) -> None:
        every = self._snapshot_every
        args: list[str | int | bytes] = [partition, str(expected), str(position), every, len(docs)]
        for key, doc in docs.items():
            positions = sorted(p for p in (history or {}).get(key, ()) if p > 0)
            args += [key, doc, ",".join(map(str, positions))]
        args.append(_packed_routes(routes))
        keys = [self._base(ns, projection)]
        if alias is not None:
            keys.append(f"{self._prefix}:alias:{alias}")
            args.append(ns)
        result = await self._run_commit(keys, args)
        if isinstance(result, str) and result.startswith("alias:"):
            raise AliasMoved(f"alias {alias} names {result[6:]}, not {ns}")
        if result != "ok":
            raise CheckpointMoved(f"{projection}/{partition} is at {result}, expected {expected}")

    async def _run_commit(self, keys: list[str], args: list[str | int | bytes]) -> object:
        return await self._commit(keys=keys, args=args)

    async def _command(self, *command: Any) -> Any:
        """A read of the worker's path (aliases, documents, routes, checkpoints): the
        pipelined store sends it with the other commands of the same loop turn."""
        return await self._redis.execute_command(*command)  # type: ignore[no-untyped-call]

    @reads
    async def version_tag(self, alias: str, projection: str) -> str:
        alias_key = f"{self._prefix}:alias:{alias}"
        try:  # EVALSHA directly: the Script wrapper costs as much again on a cached read
            found = await self._redis.evalsha(
                self._version_tag.sha, 1, alias_key, self._prefix, projection
            )
        except NoScriptError:
            found = await self._version_tag(keys=[alias_key], args=[self._prefix, projection])
        ns, flat = found
        pairs = sorted(zip(flat[::2], flat[1::2], strict=True))
        return str(ns) + "|" + ",".join(f"{p}={n}" for p, n in pairs)

    @writes
    async def drop(self, ns: str) -> None:
        async for key in self._redis.scan_iter(match=f"{self._prefix}:{ns}:*", count=1000):
            await self._redis.delete(key)

    @reads
    async def ping(self) -> bool:
        return bool(await self._redis.ping())

    async def close(self) -> None:
        await self._redis.aclose()
