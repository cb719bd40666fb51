"""A running worker whose read models are lost (FLUSHALL, a new empty Redis) rebuilds them.

The embedded projector's approach (services/projector/runner.py), on the worker's layout:
- *Notice.* Every WATCH_S the worker compares the checkpoints it committed with the store's;
  a store behind them lost documents. A commit that finds its partition's checkpoint moved
  *backwards* says the same at once (`ReadModelsLost`, from apply.py), so nothing is ever
  applied on top of an emptied store by a worker that had written there.
- *Rebuild.* Under the Redis lock the start-up catch-up uses (one worker rebuilds, the
  others wait and look again), the live namespaces are dropped (anything written on top of
  nothing goes) and the log is folded again in bulk (`bulk.py`), with the progress
  published for the API (`rebuild_status.py`: reads answer 503 "rebuilding").
- *Pause.* The project agent waits while a rebuild runs, then skips what it covered.
"""

from __future__ import annotations

import asyncio
import logging

from redis.asyncio import Redis

from events.kafka.log import KafkaEventLog
from services.projections.registry import PROJECTIONS
from services.projector.runner import Rebuilding
from services.readmodels.namespaces import live_ns
from services.readmodels.port import ReadModelStore
from services.worker.apply import checkpoint_name
from services.worker.config import WorkerConfig
from services.worker.rebuild_status import publish, status_key
from services.worker.startup import configured_bulk, exclusive, lock_name
from services.worker.statecache import StateCache

log = logging.getLogger(__name__)
WATCH_S = 0.5
RETRY_S = 1.0


class Recovery:
    def __init__(self, config: WorkerConfig, store: ReadModelStore, cache: StateCache):
        self._config, self._store, self._cache = config, store, cache
        self.idle = asyncio.Lock()  # held by the project agent while it applies a batch
        self._redis: Redis | None = None
        self._reader: KafkaEventLog | None = None
        self._seen: dict[tuple[str, str, str], int] = {}  # the highest checkpoints seen

    async def lost(self) -> bool:
        """A checkpoint of the live read models went backwards since this worker last
        looked (or below what it committed itself): the store lost documents. Checkpoints
        only ever grow (a rebuild into a new namespace gets new keys)."""
        behind = False
        for projection in PROJECTIONS:
            ns = self._config.namespace or await live_ns(self._store, projection.name)
            now = await self._store.checkpoint(ns, projection.slot)
            for p in range(self._config.feed_partitions):
                key = (ns, projection.slot, checkpoint_name(p))
                at = now.get(key[2], 0)
                seen = max(self._seen.get(key, 0), self._cache.checkpoints.get(key, 0))
                behind = behind or at < seen
                self._seen[key] = max(at, self._seen.get(key, 0))
        return behind

    async def watch(self) -> None:
        """Called every WATCH_S by a faust timer: rebuild if the store lost what we wrote."""
        try:
            if await self.lost():
                await self.rebuild()
        except Exception as exc:  # e.g. Redis still gone: look again later
            log.warning("read-model watch: %s", exc)

    async def recover(self) -> None:
        """A commit found its checkpoint moved backwards: rebuild, or wait and retry."""
        try:
            await self.rebuild()
        except Exception as exc:  # e.g. Redis gone again: the agent retries the batch
            log.warning("rebuild failed: %s", exc)
            await asyncio.sleep(RETRY_S)

    async def rebuild(self) -> None:
        async with self.idle:  # the project agent waits until it is done
            redis = self._redis_client()
            async with exclusive(redis, lock_name(self._config)):
                if not await self.lost():  # another worker rebuilt meanwhile
                    self._cache.checkpoints.clear()
                    return
                self._seen.clear()
                log.warning("read models lost (store behind this worker's checkpoints): rebuild")
                await self._rebuild(redis)

    async def _rebuild(self, redis: Redis) -> None:
        config, store = self._config, self._store
        for projection in PROJECTIONS:  # whatever was written on top of nothing goes too
            await store.drop(config.namespace or await live_ns(store, projection.name))
        self._cache.checkpoints.clear()
        reader = self._log_reader()
        key = status_key(config.redis_prefix, config.topic)
        progress = Rebuilding(0, 0, await reader.head())
        await publish(redis, key, progress)

        async def report(position: int) -> None:
            progress.position, progress.target = position, max(progress.target, position)
            await publish(redis, key, progress)

        try:
            reached = await configured_bulk(config, reader, store, report)
            log.warning("read models rebuilt up to position %d", reached)
        finally:
            await publish(redis, key, None)

    def _redis_client(self) -> Redis:
        if self._redis is None:
            self._redis = Redis.from_url(self._config.redis_url)
        return self._redis

    def _log_reader(self) -> KafkaEventLog:
        if self._reader is None:
            self._reader = KafkaEventLog(self._config.log, read_only=True)
        return self._reader
