"""The Redis store's packed commit (positions comma-joined, routes as one JSON array,
multi-member ZADD/HSET) writes exactly the keys and values the one-argument-per-position
commit it replaced wrote, so stores written by either are read the same way. (A snapshot
of the document as it stands is a mark, '', until the document is next overwritten: the
comparison reads marks as the document they stand for, as `history` does.)"""

from __future__ import annotations

import json
import random
from typing import Any

from services.readmodels.redis_store import RedisReadModelStore
from tests.support.redis_contents import redis_contents

# The previous commit script, verbatim: one argument and one redis.call per position/route.
_PLAIN_COMMIT = """
local base = KEYS[1]
local current = redis.call('HGET', base .. 'checkpoint', ARGV[1]) or '0'
if current ~= ARGV[2] then return current end
local every = tonumber(ARGV[4])
local ndocs = tonumber(ARGV[5])
local i = 6
for _ = 1, ndocs do
  local key, doc, npos = ARGV[i], ARGV[i + 1], tonumber(ARGV[i + 2])
  redis.call('SET', base .. 'doc:' .. key, doc)
  local first = ARGV[3]
  if npos > 0 then first = ARGV[i + 3] end
  redis.call('ZADD', base .. 'keys', 'NX', first, key)
  if npos > 0 then
    local before = redis.call('ZCARD', base .. 'idx:' .. key)
    for j = 1, npos do
      redis.call('ZADD', base .. 'idx:' .. key, ARGV[i + 2 + j], ARGV[i + 2 + j])
    end
    local after = redis.call('ZCARD', base .. 'idx:' .. key)
    if every > 0 and math.floor(before / every) ~= math.floor(after / every) then
      local last = ARGV[i + 2 + npos]
      redis.call('HSET', base .. 'snap:' .. key, last, doc)
      redis.call('ZADD', base .. 'snaps:' .. key, last, last)
    end
  end
  i = i + 3 + npos
end
local nroutes = tonumber(ARGV[i]); i = i + 1
for _ = 1, nroutes do
  redis.call('HSET', base .. 'routes', ARGV[i], ARGV[i + 1])
  i = i + 2
end
redis.call('HSET', base .. 'checkpoint', ARGV[1], ARGV[3])
return 'ok'
"""

KEYS = ["Zürich", 'say "hi"', "a\\b", "plain", "東京", "tab\tkey"]


async def _plain_commit(store: RedisReadModelStore, ns: str, **kw: Any) -> None:
    args: list[Any] = [kw["partition"], str(kw["expected"]), str(kw["position"])]
    args += [store._snapshot_every, len(kw["docs"])]
    for key, doc in kw["docs"].items():
        positions = sorted(p for p in kw["history"].get(key, ()) if p > 0)
        args += [key, doc, len(positions), *positions]
    args.append(len(kw["routes"]))
    for fact_id, keys in kw["routes"].items():
        args += [fact_id, json.dumps(sorted(keys))]
    script = store._redis.register_script(_PLAIN_COMMIT)
    assert await script(keys=[store._base(ns, "p")], args=args) == "ok"


def _marks_resolved(contents: dict[str, Any]) -> dict[str, Any]:
    out = dict(contents)
    for name, fields in contents.items():
        if ":snap:" in name:
            doc = contents[name.replace(":snap:", ":doc:", 1)]
            out[name] = {at: value or doc for at, value in fields.items()}
    return out


async def test_packed_commit_writes_what_the_plain_one_wrote(
    redis_store: RedisReadModelStore,
) -> None:
    plain = RedisReadModelStore(redis_store._redis, prefix=redis_store._prefix + "-plain")
    rng = random.Random(13)
    position = 0
    try:
        for batch in range(6):
            before = position
            history: dict[str, list[int]] = {}
            routes: dict[str, list[str]] = {}
            # one batch with more positions and routes than one ZADD/HSET call takes
            n = 9000 if batch == 2 else rng.randint(0, 60)
            for _ in range(n):
                position += 1
                keys = rng.sample(KEYS, rng.randint(1, 2))
                for key in keys:
                    history.setdefault(key, []).append(position)
                if rng.random() < 0.8:
                    routes[f'f{position}-ü"{rng.randint(0, 9)}'] = keys
            history.setdefault("plain", []).append(0)  # no position: the commit's is used
            docs = {k: json.dumps({"k": k, "n": batch}) for k in history}
            kw: dict[str, Any] = dict(
                docs=docs, routes=routes, partition="0", expected=before, position=position
            )
            await redis_store.commit("live", "p", history=history, **kw)
            await _plain_commit(plain, "live", history=history, **kw)
        packed, reference = await redis_contents(redis_store), await redis_contents(plain)
        assert any("" in v.values() for k, v in packed.items() if ":snap:" in k)
        assert _marks_resolved(packed) == reference
        assert any(k.startswith(":live:p:snap:") for k in packed)
        assert len(packed[":live:p:routes"]) > 2000
    finally:
        await plain.drop("live")
