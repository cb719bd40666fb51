"""Embedded append -> visible, before and after a change, interleaved in one run.

The figures of `bench_freshness.py` swing with the shared machine's load, so a before/after
claim measures both trees in the same run, alternating (ABBA...) so drift hits both alike:
the `--before` revision is exported with `git archive` to a temporary directory and its
`factstream serve` started from there (same interpreter and packages); `--after` is this
checkout. Medians over the rounds are reported per tree.

python bench/freshness_before_after.py --before <rev> [--rounds 4] [--seconds 10]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_stream
from bench_freshness import RUNS, figures, paced
from bench_stream import cpu_seconds, start_server

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "bench" / "results" / "freshness_before_after.json"


def export(rev: str, into: Path) -> None:
    archive = subprocess.run(["git", "archive", rev], cwd=REPO, check=True, capture_output=True)
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive.stdout, check=True)


async def _measure(port: int, seconds: float) -> dict[str, Any]:
    await paced(port, 2, 300)  # warm-up, as bench_freshness
    out: dict[str, Any] = {}
    for name, rate, facts in RUNS:
        out |= figures(name, await paced(port, seconds, rate, facts))
    return out


def one(tree: Path, seconds: float) -> dict[str, Any]:
    bench_stream.REPO = tree  # start_server runs `serve` from this tree
    with tempfile.TemporaryDirectory(prefix="bench-fresh-ab-") as tmp:
        server, url = start_server(Path(tmp))
        try:
            cpu = cpu_seconds(server.pid)
            measured = asyncio.run(_measure(int(url.rsplit(":", 1)[1]), seconds))
            measured["server_cpu_s"] = round(cpu_seconds(server.pid) - cpu, 1)
        finally:
            server.terminate()
            server.wait(20)
    return measured


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--before", required=True, help="git revision to compare against")
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=10)
    args = parser.parse_args()
    runs: dict[str, list[dict[str, Any]]] = {"before": [], "after": []}
    with tempfile.TemporaryDirectory(prefix="bench-fresh-before-") as before:
        export(args.before, Path(before))
        trees = {"before": Path(before), "after": REPO}
        for r in range(args.rounds):
            for name in ("before", "after") if r % 2 == 0 else ("after", "before"):
                runs[name].append(one(trees[name], args.seconds))
                print(name, json.dumps(runs[name][-1]), flush=True)
    keys = [k for k in runs["after"][0] if k.endswith(("_p50_ms", "_p99_ms", "cpu_s"))]
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
