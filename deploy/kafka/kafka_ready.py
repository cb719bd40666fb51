"""Exit 0 once a Kafka metadata request to BOOTSTRAP succeeds, 1 after TIMEOUT seconds.

Usage: kafka_ready.py BOOTSTRAP [TIMEOUT [BROKERS]] (BROKERS: how many must be in the
metadata, default 1). Uses confluent-kafka (librdkafka) with its logs off,
so a broker that is still starting does not flood the terminal.
"""

from __future__ import annotations

import sys
import time

from confluent_kafka.admin import AdminClient


def wait_ready(bootstrap: str, timeout: float, brokers: int = 1) -> bool:
    admin = AdminClient({"bootstrap.servers": bootstrap, "log_level": 0})
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            meta = admin.list_topics(timeout=1.0)
        except Exception:  # KafkaException while the broker is not up yet
            time.sleep(0.2)
            continue
        if len(meta.brokers) >= brokers:
            return True
        time.sleep(0.2)
    return False


def main(argv: list[str]) -> int:
    bootstrap = argv[1] if len(argv) > 1 else "127.0.0.1:19092"
    timeout = float(argv[2]) if len(argv) > 2 else 60.0
    brokers = int(argv[3]) if len(argv) > 3 else 1
    return 0 if wait_ready(bootstrap, timeout, brokers) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
