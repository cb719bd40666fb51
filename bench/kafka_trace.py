"""Where append -> visible goes on the Kafka path: a stage trace of bench/kafka_latency.py.

The same run as the latency bench (a worker and `factstream serve`, 300 then 1k events/s,
20 sampled a second), with the worker writing its per-event stage times
(services/worker/trace.py, off in production). Per sampled event and rate:
append (sent -> acknowledged), to worker (acknowledged -> faust handed the feed record to
the stream), window (-> the agent got the batch), fold (-> territories folded: decode,
Redis reads, fold), commit (-> Redis commit answered), poll (-> visible over HTTP), and the
CPU per event of the worker and the API. Needs KAFKA_BOOTSTRAP and REDIS_URL.

PYTHONPATH=. python bench/kafka_trace.py [--seconds 10] [--json out.json]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import tempfile
import uuid
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.kafka_latency import bench_latency
from bench.kafka_trace_io import Trace
from events.kafka.config import KafkaLogConfig

SLOT = "territories.v1"  # the projection the bench polls
STAGES = (
    ("append", "start", "acked"),
    ("to_worker", "acked", "arrived"),
    ("window", "arrived", "batch"),
    ("fold", "batch", "folded"),
    ("commit", "folded", "committed"),
    ("poll", "committed", "visible"),
    ("total", "start", "visible"),
)


def _worker_rows(path: Path) -> dict[str, dict[str, float]]:
    rows: dict[str, dict[str, float]] = defaultdict(dict)
    if not path.exists():
        return rows
    for line in path.read_text().splitlines():
        event_id, stage, slot, at = line.split("\t")
        if slot in ("-", SLOT):
            rows[event_id].setdefault(stage, float(at))  # first time: a redelivery is later
    return rows


def _pcts(values: list[float]) -> dict[str, float]:
    values = sorted(values)
    if not values:
        return {}
    p99 = values[max(0, int(len(values) * 0.99) - 1)]
    p90 = values[max(0, int(len(values) * 0.9) - 1)]
    return {"p50": round(statistics.median(values), 1), "p90": round(p90, 1), "p99": round(p99, 1)}


def stages(trace: Trace) -> dict[str, Any]:
    worker = _worker_rows(trace.worker_file)
    out: dict[str, Any] = {}
    for rate in sorted({s["rate"] for s in trace.samples}):
        times = [s | worker.get(s["id"], {}) for s in trace.samples if s["rate"] == rate]
        complete = [t for t in times if all(k in t for _, a, b in STAGES for k in (a, b))]
        out[f"at_{rate}_per_s"] = {
            "samples": len(times),
            "traced": len(complete),
            **{name: _pcts([(t[b] - t[a]) * 1000 for t in complete]) for name, a, b in STAGES},
        }
    return out


async def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    topic = f"bench-trace-{uuid.uuid4().hex[:8]}"
    config = KafkaLogConfig(os.environ["KAFKA_BOOTSTRAP"], topic, f"{topic}.dlq")
    with tempfile.TemporaryDirectory() as tmp:
        trace = Trace(Path(tmp) / "worker-trace.tsv")
        latency = await bench_latency(
            config, os.environ["REDIS_URL"], args.seconds, Path(tmp), trace
        )
        result = {"latency": latency, "stages_ms": stages(trace), "load": os.getloadavg()}
    print(json.dumps(result, indent=1))
    if args.json:
        args.json.write_text(json.dumps(result, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
