"""Rendered reads: one rendering per version, and tag reads shared only among callers that
arrived before the read was sent (so read-your-writes holds)."""

from __future__ import annotations

import asyncio
import gzip
import json
from typing import Any

import pytest

from services.readside.rendered import GZIP_MIN_BYTES, RenderCache, VersionTags, render

pytestmark = pytest.mark.unit


def test_render_gives_the_json_bytes_fastapi_would_and_a_strong_tag() -> None:
    small = render({"name": "Лачин", "n": 1})
    assert small.body == '{"name":"Лачин","n":1}'.encode()
    assert small.gzipped is None and small.etag.startswith('"') and small.etag.endswith('"')
    assert small.gzip_etag != small.etag
    large = render({"items": ["x" * 50] * (GZIP_MIN_BYTES // 50 + 1)})
    assert large.gzipped is not None and gzip.decompress(large.gzipped) == large.body
    assert render(json.loads(large.body)).etag == large.etag  # same bytes, same tag


async def test_an_answer_is_rendered_once_per_version() -> None:
    cache, produced = RenderCache(capacity=2), []

    async def produce() -> dict[str, Any]:
        produced.append(1)
        return {"n": len(produced)}

    first = await cache.get("q", "v1", produce)
    assert await cache.get("q", "v1", produce) is first and len(produced) == 1
    moved = await cache.get("q", "v2", produce)
    assert moved is not None and moved.body == b'{"n":2}'

    async def nothing() -> None:
        return None

    assert await cache.get("missing", "v2", nothing) is None
    await cache.get("third", "v2", produce)  # capacity 2: the least recent ("q") goes
    await cache.get("q", "v2", produce)
    assert len(produced) == 4


class CountingStore:
    def __init__(self) -> None:
        self.version, self.reads = 0, 0

    async def version_tag(self, alias: str, projection: str) -> str:
        self.reads += 1
        seen = self.version
        await asyncio.sleep(0.01)  # a round trip
        return f"{alias}|{projection}={seen}"


async def test_callers_queued_together_share_one_read() -> None:
    store, tags = CountingStore(), VersionTags()
    found = await asyncio.gather(*(tags.read(store, "m", "m.v1") for _ in range(10)))  # type: ignore[arg-type]
    assert store.reads == 1 and set(found) == {"m|m.v1=0"}


async def test_a_caller_arriving_after_a_read_was_sent_waits_for_a_new_one() -> None:
    store, tags = CountingStore(), VersionTags()
    early = asyncio.ensure_future(tags.read(store, "m", "m.v1"))  # type: ignore[arg-type]
    await asyncio.sleep(0.001)  # the read is on its way
    store.version = 1  # a commit lands; the next caller must see it
    late = await tags.read(store, "m", "m.v1")  # type: ignore[arg-type]
    assert await early == "m|m.v1=0" and late == "m|m.v1=1" and store.reads == 2


async def test_a_failed_read_reaches_every_waiter_and_the_next_read_retries() -> None:
    class Down(CountingStore):
        async def version_tag(self, alias: str, projection: str) -> str:
            self.reads += 1
            raise ConnectionError("redis down")

    store, tags = Down(), VersionTags()
    outcomes = await asyncio.gather(
        *(tags.read(store, "m", "m.v1") for _ in range(3)),  # type: ignore[arg-type]
        return_exceptions=True,
    )
    assert all(isinstance(o, ConnectionError) for o in outcomes) and store.reads == 1
    with pytest.raises(ConnectionError):
        await tags.read(store, "m", "m.v1")  # type: ignore[arg-type]
    assert store.reads == 2
