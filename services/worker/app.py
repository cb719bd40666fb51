"""The faust application object: configuration only (agents are in agents.py)."""

from __future__ import annotations

from pathlib import Path

import faust

from services.worker.config import WorkerConfig


def create_app(config: WorkerConfig, data_dir: Path) -> faust.App:
    return faust.App(
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
