"""Read answers rendered once per read-model version, then served as stored bytes.

A read model changes only through a checkpointed commit or a blue-green alias switch, so
(live namespace, checkpoint) names its version: `ReadModelStore.version_tag` reads both in one
step. An answer is rendered (JSON, and gzip when large) the first time a version is asked
for and served as those bytes until the version moves. The tag is read before the
documents, so the bytes are never older than the tag they are filed under.

The tag read is the one store round trip left on a cached read (most of its cost), so
`VersionTags` shares one read among the requests that arrived before it was sent: each
still sees a version read after it arrived (read-your-writes holds), with fewer trips.
"""

from __future__ import annotations

import asyncio
import gzip
import hashlib
import json
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Hashable
from dataclasses import dataclass
from typing import Any

from services.readmodels.port import ReadModelStore

# Bodies that do not fit one TCP segment are also kept gzipped (lists, large documents).
GZIP_MIN_BYTES = 1400


@dataclass(frozen=True)
class Rendered:
    body: bytes
    etag: str  # strong: a digest of the identity bytes
    gzipped: bytes | None

    @property
    def gzip_etag(self) -> str:
        """The gzip representation's own tag (RFC 9110: one tag per representation)."""
        return self.etag[:-1] + '-gz"'


def render(content: Any) -> Rendered:
    """JSON bytes as FastAPI's JSONResponse renders them (same separators, UTF-8)."""
    body = json.dumps(
        content, ensure_ascii=False, allow_nan=False, indent=None, separators=(",", ":")
    ).encode()
    etag = '"' + hashlib.blake2b(body, digest_size=16).hexdigest() + '"'
    gzipped = gzip.compress(body, compresslevel=6, mtime=0) if len(body) >= GZIP_MIN_BYTES else None
    return Rendered(body, etag, gzipped)


class RenderCache:
    """The latest rendering of each recent query, with the version tag it was rendered at."""

    def __init__(self, capacity: int = 512) -> None:
        self._capacity = capacity
        self._entries: OrderedDict[Hashable, tuple[str, Rendered | None]] = OrderedDict()

    def current(self, query: Hashable, tag: str) -> tuple[bool, Rendered | None]:
        """(whether `query` was answered at version `tag`, that answer: None for nothing)."""
        entry = self._entries.get(query)
        return (True, entry[1]) if entry is not None and entry[0] == tag else (False, None)

    async def get(
        self, query: Hashable, tag: str, produce: Callable[[], Awaitable[Any | None]]
    ) -> Rendered | None:
        """The answer to `query` at version `tag`; None when `produce` found nothing."""
        entry = self._entries.get(query)
        if entry is not None and entry[0] == tag:
            self._entries.move_to_end(query)
            return entry[1]
        content = await produce()
        rendered = None if content is None else render(content)
        self._entries[query] = (tag, rendered)
        self._entries.move_to_end(query)
        while len(self._entries) > self._capacity:
            self._entries.popitem(last=False)
        return rendered


class VersionTags:
    """`store.version_tag`, one read shared by the callers queued before it is sent."""

    def __init__(self) -> None:
        self._next: dict[tuple[str, str], asyncio.Future[str]] = {}
        self._sending: set[asyncio.Task[None]] = set()  # the loop keeps only weak references

    async def read(self, store: ReadModelStore, alias: str, projection: str) -> str:
        key, loop = (alias, projection), asyncio.get_running_loop()
        shared = self._next.get(key)
        if shared is None or shared.get_loop() is not loop:  # (an app restarted on a new loop)
            shared = self._next[key] = loop.create_future()
            task = loop.create_task(self._send(store, key, shared))
            self._sending.add(task)
            task.add_done_callback(self._sending.discard)
        return await asyncio.shield(shared)

    async def _send(
        self, store: ReadModelStore, key: tuple[str, str], shared: asyncio.Future[str]
    ) -> None:
        if self._next.get(key) is shared:  # from here on, a new caller waits for a later read
            del self._next[key]
        try:
            shared.set_result(await store.version_tag(*key))
        except asyncio.CancelledError:  # shutting down: the waiters are cancelled too
            shared.cancel()
            raise
        except Exception as error:  # every waiter sees it (e.g. Redis down -> 503)
            shared.set_exception(error)
