"""Item 1 of issue 4: Kafka + faust worker + Redis give the embedded backend's read models
(equal digests) and the same HTTP answers.

Also: failures go to the dead-letter topic with their reason, and replay after a fix.
"""

from __future__ import annotations

import asyncio
import uuid
from pathlib import Path
from typing import Any

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from fastapi.testclient import TestClient

from events.kafka.log import open_kafka_log
from events.sqlite.log import SqliteEventLog
from services.api.main import create_app
from services.projector.runner import catch_up
from services.readmodels.redis_store import RedisReadModelStore
from services.settings import Settings
from services.worker.config import WorkerConfig
from services.worker.messages import DLQ_REASON
from services.worker.replay import replay_dead_letters
from tests.integration.conftest import unique_config
from tests.integration.harness import (
    append_articles,
    digests,
    expected_checkpoints,
    start_worker,
    wait_for_checkpoints,
    worker_env,
)
from tests.integration.workload import articles

pytestmark = pytest.mark.integration


async def test_kafka_read_models_equal_the_embedded_ones(
    kafka_bootstrap: str, redis_url: str, tmp_path: Path
) -> None:
    run = uuid.uuid4().hex[:8]
    batch = list(articles(400, seed=11))  # 2,000 events, every projected kind, corrections
    events = [e for a in batch for e in a]

    embedded_log = SqliteEventLog(tmp_path / "events.sqlite3")
    embedded = RedisReadModelStore.from_url(redis_url, prefix=f"emb-{run}")
    kafka_store = RedisReadModelStore.from_url(redis_url, prefix=f"kfk-{run}")
    config = unique_config(kafka_bootstrap)
    log = await open_kafka_log(config)
    worker = start_worker(
        worker_env(config, redis_url, f"kfk-{run}", f"g-{run}", tmp_path), tmp_path / "w.log"
    )
    try:
        await append_articles(embedded_log, batch)
        await catch_up(embedded_log, embedded)
        positions = await append_articles(log, batch)
        try:
            await wait_for_checkpoints(kafka_store, expected_checkpoints(events, positions), 120)
        except AssertionError:
            print(worker.tail())
            raise
        want = await digests(embedded)
        assert await digests(kafka_store) == want
        for slot in want:
            assert len(await embedded.keys("live", slot)) > 10
        # The same HTTP answers: the API on each backend, over the read models above.
        common = {"redis_url": redis_url, "kafka_bootstrap": kafka_bootstrap}
        kafka_settings = Settings(
            backend="kafka",
            data_dir=tmp_path / "kafka-api",
            redis_prefix=f"kfk-{run}",
            topic=config.topic,
            dead_letter_topic=config.dead_letter_topic,
            **common,  # type: ignore[arg-type]
        )
        embedded_settings = Settings(
            backend="embedded",
            data_dir=tmp_path,
            redis_prefix=f"emb-{run}",
            **common,  # type: ignore[arg-type]
        )
        answers = [
            await asyncio.to_thread(_answers, s) for s in (embedded_settings, kafka_settings)
        ]
        assert answers[0] == answers[1]
        assert answers[0]["/projections/meetings"]["count"] > 10
    finally:
        worker.stop()
        await log.close()
        await embedded_log.close()
        for store in (embedded, kafka_store):
            await store.drop("live")
            await store.close()


def _answers(settings: Settings) -> dict[str, Any]:
    paths = ["/projections/meetings", "/projections/territories"]
    with TestClient(create_app(settings)) as client:
        got = {p: client.get(p).json() for p in paths}
        first = got["/projections/territories"]["territories"][0]["key"]
        path = f"/projections/territories/{first}"
        got[path] = client.get(path).json()
    return got


async def _dead_letters(bootstrap: str, topic: str) -> list[dict[str, bytes]]:
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    await consumer.start()
    try:
        tp = TopicPartition(topic, 0)
        consumer.assign([tp])
        consumer.seek(tp, 0)
        records = (await consumer.getmany(tp, timeout_ms=2000)).get(tp, [])
        return [dict(r.headers) for r in records]
    finally:
        await consumer.stop()


async def test_failures_are_dead_lettered_with_a_reason_and_replayable(
    kafka_bootstrap: str, redis_url: str, tmp_path: Path
) -> None:
    run = uuid.uuid4().hex[:8]
    config = unique_config(kafka_bootstrap)
    store = RedisReadModelStore.from_url(redis_url, prefix=f"dlq-{run}")
    env = worker_env(config, redis_url, f"dlq-{run}", f"g-{run}", tmp_path)
    wconfig = WorkerConfig(
        kafka_bootstrap, config.topic, config.dead_letter_topic, f"g-{run}", redis_url, "x"
    )
    log = await open_kafka_log(config)
    worker = start_worker(env, tmp_path / "w.log")
    producer = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap, acks="all")
    await producer.start()
    try:
        [first, second] = next(articles(1, per_article=2, seed=3))
        positions = await append_articles(log, [[first]])
        await wait_for_checkpoints(store, expected_checkpoints([first], positions), 60)
        # A message no one can decode, straight onto the feed: it must be dead-lettered.
        bad = [("ce_id", b"broken"), ("ce_type", b"MeetingHeld")]
        await producer.send_and_wait(wconfig.feed_topic, b"{not json", b"k", 0, headers=bad)
        # A valid event that "failed earlier" (it sits in the dead-letter topic, unapplied).
        sealed = (await log.read_all())[0].model_copy(
            update={"id": second.id, "data": second.data, "type": second.type}
        )
        from events.kafka.binding import encode

        key, value, headers = encode(sealed.model_dump(mode="json"), "k")
        await producer.send_and_wait(config.dead_letter_topic, value, key, 0, headers=headers)
        for _ in range(100):
            letters = await _dead_letters(kafka_bootstrap, config.dead_letter_topic)
            if any(DLQ_REASON in h for h in letters):
                break
            await asyncio.sleep(0.2)
        reasons = [h[DLQ_REASON].decode() for h in letters if DLQ_REASON in h]
        assert reasons and reasons[0].startswith("decode:")
        report = await replay_dead_letters(wconfig)
        assert report.undecodable == 1 and report.sent >= 1
        for _ in range(100):
            if await _holds(store, second.id):
                break
            await asyncio.sleep(0.2)
        assert await _holds(store, second.id)
    finally:
        await producer.stop()
        worker.stop()
        await log.close()
        await store.drop("live")
        await store.close()


async def _holds(store: RedisReadModelStore, fact_id: str) -> bool:
    for slot in ("meetings.v1", "territories.v1"):
        for key in await store.keys("live", slot):
            if fact_id in (await store.get("live", slot, key) or ""):
                return True
    return False
