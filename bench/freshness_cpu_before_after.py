"""Server CPU per event of `factstream serve`, before and after a change (ABBA).

bench_freshness's latencies swing with the shared machine's load (the server gets what the
other sessions leave it), so this compares CPU time, the currency of issue 13 item 4: a
fixed closed-loop load — N `POST /facts` of F facts over 8 connections (the projector's
work included: its tail is waited for), then one GET of each POST's territory — against
`serve` from a `git archive` of `--before` and from this checkout, alternating.

python bench/freshness_cpu_before_after.py BEFORE_REV [ROUNDS] [POSTS] [FACTS]
"""

import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_stream
from bench_freshness import _get, _post
from bench_stream import cpu_seconds, start_server
from http_load import exchange

REPO = Path(__file__).resolve().parents[1]


async def load(port: int, n: int, facts: int, conns: int = 8) -> str:
    """n POSTs of `facts` facts, closed loop; returns their articles' tag."""
    tag = uuid.uuid4().hex[:6]
    todo = iter(range(n))

    async def worker() -> None:
        r, w = await asyncio.open_connection("127.0.0.1", port)
        for i in todo:
            assert await exchange(r, w, _post(tag, i, facts)) in (200, 201)
        w.close()

    await asyncio.gather(*(worker() for _ in range(conns)))
    return tag


async def gets(port: int, tag: str, n: int, conns: int = 8) -> None:
    todo = iter(range(n))

    async def worker() -> None:
        r, w = await asyncio.open_connection("127.0.0.1", port)
        for i in todo:
            await exchange(r, w, _get(f"/projections/territories/fresh-{tag}-{i}-0"))
        w.close()

    await asyncio.gather(*(worker() for _ in range(conns)))


def one(tree: Path, n: int, facts: int) -> dict[str, float]:
    bench_stream.REPO = tree
    with tempfile.TemporaryDirectory(prefix="fresh3-cpu-") as tmp:
        server, url = start_server(Path(tmp))
        port = int(url.rsplit(":", 1)[1])
        try:
            asyncio.run(load(port, 300, facts))
            time.sleep(1)
            c0 = cpu_seconds(server.pid)
            tag = asyncio.run(load(port, n, facts))
            time.sleep(1.5)  # the projector's tail
            c1 = cpu_seconds(server.pid)
            asyncio.run(gets(port, tag, n))
            c2 = cpu_seconds(server.pid)
        finally:
            server.terminate()
            server.wait(20)
    return {
        "post_us_per_event": round((c1 - c0) * 1e6 / (n * (facts + 1)), 1),
        "get_us": round((c2 - c1) * 1e6 / n, 1),
    }


def main() -> None:
    args = sys.argv[1:] + ["4", "1500", "4"][len(sys.argv) - 2 :]
    before, rounds, n, facts = args[0], int(args[1]), int(args[2]), int(args[3])
    after = REPO
    with tempfile.TemporaryDirectory(prefix="fresh3-before-") as b:
        ar = subprocess.run(["git", "archive", before], cwd=REPO, check=True, capture_output=True)
        subprocess.run(["tar", "-x", "-C", b], input=ar.stdout, check=True)
        trees = {"before": Path(b), "after": after.resolve()}
        runs: dict[str, list[dict[str, float]]] = {"before": [], "after": []}
        for r in range(rounds):
            for name in ("before", "after") if r % 2 == 0 else ("after", "before"):
                runs[name].append(one(trees[name], n, facts))
                print(name, runs[name][-1], "load", os.getloadavg()[0], flush=True)
    for name, rs in runs.items():
        print(name, "median", {k: statistics.median(x[k] for x in rs) for k in rs[0]})


if __name__ == "__main__":
    main()
