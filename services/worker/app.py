"""The faust application object: configuration only (agents are in agents.py).

The log's writer appends in Kafka transactions, so every consumer of the log must read
`read_committed` (a fenced writer's aborted records stay in the partition). faust sets that
isolation level only with its own exactly-once processing, which we do not use (see
docs/kafka-design.md §5), so the app's transport builds its consumer read_committed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import faust
from faust.transport.drivers import aiokafka as faust_kafka
from faust.types import TP, TransportT
from mode import ServiceT

from services.worker.config import WorkerConfig
from services.worker.drain import Batches, add_gap, drain_messages


class _ReadCommittedThread(faust_kafka.AIOKafkaConsumerThread):
    def _create_worker_consumer(self, transport: Any) -> Any:
        consumer = super()._create_worker_consumer(transport)
        consumer._isolation_level = "read_committed"  # aiokafka reads it in start()
        return consumer


class _ReadCommittedConsumer(faust_kafka.Consumer):
    def _new_consumer_thread(self) -> faust_kafka.AIOKafkaConsumerThread:
        return _ReadCommittedThread(self, loop=self.loop, beacon=self.beacon)

    async def _drain_messages(self, fetcher: ServiceT) -> None:
        await drain_messages(self, fetcher)  # one task per fetch, not four per record

    async def _add_gap(self, tp: TP, offset_from: int, offset_to: int) -> None:
        add_gap(self, tp, offset_from, offset_to)


class _ReadCommittedTransport(faust_kafka.Transport):
    Consumer = _ReadCommittedConsumer


class WorkerApp(faust.App):
    feed_batches: Batches | None = None  # topics whose fetched records skip the streams

    def _new_transport(self) -> TransportT:
        return _ReadCommittedTransport(self.conf.broker_consumer, self)


def create_app(config: WorkerConfig, data_dir: Path) -> faust.App:
    return WorkerApp(
        config.group,  # the app id is the consumer group: workers with one id share the work
        broker=[f"kafka://{host}" for host in config.bootstrap.split(",")],  # 1 or a cluster
        store="memory://",  # read models live in Redis, not in faust tables
        datadir=str(data_dir / "faust"),
        autodiscover=False,
        web_enabled=False,  # several workers per host would fight over port 6066
        topic_allow_declare=False,  # topics are created up front (see topics.py)
        topic_disable_leader=True,
        consumer_auto_offset_reset="earliest",
        producer_acks=-1,
        # A killed worker's partitions move after this long (faust's default is 60 s).
        broker_session_timeout=10.0,
        broker_heartbeat_interval=1.0,
        broker_commit_every=1000,
        broker_commit_interval=1.0,
    )
