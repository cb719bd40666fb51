"""The faust agent, thin: turn faust events into `Raw` and call the handler.

`project` reads the keyed feed (N partitions, split across the group's workers), which the
log's writer fills in the same transaction as the log (events/kafka/feed.py), and folds
events into Redis with the checkpoint, dead-lettering failures with their reason.

By default (`feed_batches`) the agent only holds the feed's subscription, so that faust
assigns its partitions and commits its offsets: the fetch loop (drain.py) hands each fetch's
feed records straight to `apply_batch` and acks them after it returns, without faust's
per-record conductor, `Event`s, stream and `take_events` window (~25% of the worker's CPU
at 1k events/s). With it off, the agent's stream does the same work record by record.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Mapping, Sequence
from typing import Any, cast

import faust
from faust.streams import Stream
from faust.types import EventT, StreamT

from events.dependency import DependencyUnavailable
from services.readmodels.port import ReadModelStore
from services.worker import handlers, trace
from services.worker.apply import ReadModelsLost
from services.worker.config import WorkerConfig
from services.worker.messages import Headers, Raw, Send
from services.worker.recovery import RETRY_S, WATCH_S, Recovery
from services.worker.statecache import StateCache

log = logging.getLogger(__name__)


def _raw(msg: Any) -> Raw:
    """A faust message as a `Raw` (headers as (str, bytes) pairs)."""
    pairs = msg.headers.items() if isinstance(msg.headers, Mapping) else (msg.headers or [])
    headers = [(str(k), v.encode() if isinstance(v, str) else bytes(v)) for k, v in pairs]
    key = msg.key.encode() if isinstance(msg.key, str) else msg.key
    value = msg.value.encode() if isinstance(msg.value, str) else (msg.value or b"")
    return Raw(msg.topic, msg.partition, msg.offset, key, value, headers)


def _sender(app: faust.App, topic: str) -> Send:
    # The app's producer directly: topic.send() costs ~1 ms per message in faust's layers.
    async def send(
        key: bytes | None, value: bytes, headers: Headers, partition: int | None
    ) -> Awaitable[object]:
        return await app.producer.send(topic, key, value, partition, None, headers)

    return send


def _topic(app: faust.App, name: str, partitions: int) -> faust.TopicT:
    return app.topic(
        name,
        key_type=bytes,
        value_type=bytes,
        key_serializer="raw",
        value_serializer="raw",
        partitions=partitions,
    )


def register(
    app: faust.App, config: WorkerConfig, store: ReadModelStore, feed_batches: bool = True
) -> None:
    feed = _topic(app, config.feed_topic, config.feed_partitions)
    dead = _sender(app, config.dead_letter_topic)
    size, within = config.batch_size, config.batch_within_s
    cache = StateCache()  # this worker's parsed documents (it alone writes its partitions)
    recovery = Recovery(config, store, cache)

    async def apply_batch(raws: list[Raw]) -> int:
        while True:  # a lost Redis is waited for, lost read models are rebuilt first
            try:
                async with recovery.idle:
                    return await handlers.project(
                        raws, store, config.namespace, config.feed_partitions, dead, cache
                    )
            except ReadModelsLost:
                await recovery.recover()
            except DependencyUnavailable as exc:
                log.warning("project waits: %s", exc)
                await asyncio.sleep(RETRY_S)

    async def fetched(messages: list[Any]) -> None:
        if trace.ON:
            trace.arrived((m.partition, m.offset) for m in messages)
        for start in range(0, len(messages), size):
            if trace.ON:
                trace.batch_taken()
            await apply_batch([_raw(m) for m in messages[start : start + size]])

    async def project(stream: StreamT[Any]) -> AsyncIterator[int]:
        if trace.ON:  # bench only: before take_events adds its own processor
            stream.add_processor(trace.arrival_processor(stream))
        async for batch in cast(Stream[bytes], stream).take_events(size, within=within):
            if trace.ON:
                trace.batch_taken()
            yield await apply_batch(_raws(batch))

    if feed_batches:  # the fetch loop takes the feed's records (drain.py); see module doc
        app.feed_batches = {config.feed_topic: fetched}  # type: ignore[attr-defined]

    async def watch() -> None:
        await recovery.watch()

    app.agent(feed, name="factstream.project")(project)
    app.timer(WATCH_S)(watch)


def _raws(batch: Sequence[EventT[Any]]) -> list[Raw]:
    return [_raw(e.message) for e in batch]
