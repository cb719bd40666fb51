"""Kafka append -> visible over HTTP, before and after a change, interleaved in one run.

The Kafka twin of `freshness_before_after.py`: the `--before` revision is exported with
`git archive` and its own `bench/kafka_latency.py` run from there (its worker and `serve`
start from that tree, same interpreter and packages), alternating with this checkout
(ABBA...), each round on a fresh topic, so the shared machine's drift hits both alike.
Medians over the rounds per tree. Needs KAFKA_BOOTSTRAP and REDIS_URL.

python bench/kafka_latency_before_after.py --before <rev> [--rounds 4] [--seconds 10]
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from before_after import arguments, compare

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "bench" / "results" / "kafka_latency_before_after.json"

# Run inside the tree under test, so every import (worker, API, log adapter) is that tree's.
ONE_ROUND = """
import asyncio, json, os, sys, tempfile, uuid
from pathlib import Path
sys.path.insert(0, os.getcwd())
from bench.kafka_latency import bench_latency
from events.kafka.config import KafkaLogConfig

topic = f"bench-latency-ab-{uuid.uuid4().hex[:8]}"
config = KafkaLogConfig(os.environ["KAFKA_BOOTSTRAP"], topic, f"{topic}.dlq")
with tempfile.TemporaryDirectory() as tmp:
    out = asyncio.run(bench_latency(config, os.environ["REDIS_URL"], int(sys.argv[1]), Path(tmp)))
print("RESULT " + json.dumps(out))
"""


def one(tree: Path, seconds: float) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-c", ONE_ROUND, str(int(seconds))],
        cwd=tree,
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    [line] = [x for x in done.stdout.splitlines() if x.startswith("RESULT ")]
    result: dict[str, Any] = json.loads(line.removeprefix("RESULT "))
    return result


def main() -> int:
    return compare(arguments(), one, RESULTS, ("_p50_ms", "_p99_ms"))


if __name__ == "__main__":
    raise SystemExit(main())
