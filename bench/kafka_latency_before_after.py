"""Kafka append -> visible over HTTP, before and after a change, interleaved in one run.

The Kafka twin of `freshness_before_after.py`: the `--before` revision is exported with
`git archive` and its own `bench/kafka_latency.py` run from there (its worker and `serve`
start from that tree, same interpreter and packages), alternating with this checkout
(ABBA...), each round on a fresh topic, so the shared machine's drift hits both alike.
Medians over the rounds per tree. Needs KAFKA_BOOTSTRAP and REDIS_URL.

python bench/kafka_latency_before_after.py --before <rev> [--rounds 4] [--seconds 10]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from freshness_before_after import export

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


def one(tree: Path, seconds: int) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-c", ONE_ROUND, str(seconds)],
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
    parser = argparse.ArgumentParser()
    parser.add_argument("--before", required=True, help="git revision to compare against")
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--seconds", type=int, default=10)
    args = parser.parse_args()
    runs: dict[str, list[dict[str, Any]]] = {"before": [], "after": []}
    with tempfile.TemporaryDirectory(prefix="bench-kafka-before-") as before:
        export(args.before, Path(before))
        trees = {"before": Path(before), "after": REPO}
        for r in range(args.rounds):
            for name in ("before", "after") if r % 2 == 0 else ("after", "before"):
                runs[name].append(one(trees[name], args.seconds))
                print(name, json.dumps(runs[name][-1]), flush=True)
    keys = [k for k in runs["after"][0] if k.endswith(("_p50_ms", "_p99_ms"))]
    medians = {
        name: {k: round(statistics.median(r[k] for r in rounds), 1) for k in keys}
        for name, rounds in runs.items()
    }
    result = {
        "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "before": args.before,
        "after": subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True
        ).stdout.strip(),
        "rounds": args.rounds,
        "seconds_per_rate": args.seconds,
        "median": medians,
        "runs": runs,
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(medians, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
