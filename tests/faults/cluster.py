"""The three-node KRaft cluster of deploy/kafka/cluster-*.sh, driven from a test."""

from __future__ import annotations

import os
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from confluent_kafka.admin import AdminClient

from tests.faults.procs import REPO, kill9

DEPLOY = REPO / "deploy" / "kafka"
NODES = (1, 2, 3)


def _cache() -> Path:
    return Path(os.environ.get("FACTSTREAM_CACHE", REPO / ".cache")) / "kafka-cluster"


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie is dead, only not reaped yet


@dataclass
class Cluster:
    bootstrap: str

    @staticmethod
    def up() -> Cluster:
        subprocess.run(["bash", str(DEPLOY / "cluster-up.sh")], check=True, timeout=180)
        base = int(os.environ.get("KAFKA_CLUSTER_PORT", "29100"))
        host = os.environ.get("KAFKA_HOST", "127.0.0.1")
        return Cluster(",".join(f"{host}:{base + n - 1}" for n in NODES))

    @staticmethod
    def kill_all() -> None:
        """kill -9 every node by the pid it wrote (teardown: the data is thrown away)."""
        for node in NODES:
            pidfile = _cache() / f"node-{node}.pid"
            try:
                pid = int(pidfile.read_text())
                command = Path(f"/proc/{pid}/cmdline").read_bytes()
            except (OSError, ValueError):
                continue
            if b"kafka.Kafka" in command and f"node-{node}".encode() in command:
                kill9(pid)

    @staticmethod
    def down() -> None:
        subprocess.run(["bash", str(DEPLOY / "cluster-down.sh")], check=False, timeout=120)

    def _admin(self) -> AdminClient:
        return AdminClient({"bootstrap.servers": self.bootstrap, "log_level": 0})

    def partition(self, topic: str) -> tuple[int, list[int]]:
        """The log partition's leader and in-sync replicas (node ids)."""
        meta = self._admin().list_topics(topic, timeout=10)
        part = meta.topics[topic].partitions[0]
        return int(part.leader), [int(n) for n in part.isrs]

    def wait_in_sync(self, topic: str, timeout: float = 60) -> int:
        """Wait until all three replicas are in sync and there is a leader; returns it."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                leader, isr = self.partition(topic)
                if leader > 0 and sorted(isr) == list(NODES):
                    return leader
            except Exception:  # a node is restarting: ask again
                pass
            if time.monotonic() > deadline:
                raise AssertionError(f"{topic}: replicas not back in sync in {timeout}s")
            time.sleep(0.2)

    @staticmethod
    def pid(node: int) -> int:
        pid = int((_cache() / f"node-{node}.pid").read_text())
        command = Path(f"/proc/{pid}/cmdline").read_bytes()
        assert b"kafka.Kafka" in command and f"node-{node}".encode() in command
        return pid

    def kill9(self, node: int) -> None:
        """kill -9 the node and wait until it is gone (so a restart does not find it)."""
        pid = self.pid(node)
        kill9(pid)
        deadline = time.monotonic() + 15
        while _alive(pid):
            assert time.monotonic() < deadline, f"node {node} (pid {pid}) survived kill -9"
            time.sleep(0.02)

    @staticmethod
    def restart(node: int) -> None:
        command = ["bash", str(DEPLOY / "cluster-up.sh"), "--node", str(node)]
        subprocess.run(command, check=True, timeout=120)
