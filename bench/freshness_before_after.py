"""Embedded append -> visible, before and after a change, interleaved in one run.

The figures of `bench_freshness.py` swing with the shared machine's load, so a before/after
claim measures both trees in the same run, alternating (ABBA...) so drift hits both alike:
the `--before` revision is exported with `git archive` to a temporary directory and its
`factstream serve` started from there (same interpreter and packages); `--after` is this
checkout. Medians over the rounds are reported per tree.

python bench/freshness_before_after.py --before <rev> [--rounds 4] [--seconds 10]
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_stream
from before_after import arguments, compare
from bench_freshness import RUNS, figures, paced
from bench_stream import cpu_seconds, start_server

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "bench" / "results" / "freshness_before_after.json"


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
    return compare(arguments(), one, RESULTS, ("_p50_ms", "_p99_ms", "cpu_s"))


if __name__ == "__main__":
    raise SystemExit(main())
