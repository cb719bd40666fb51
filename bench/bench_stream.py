"""SSE delivery latency: 200 concurrent subscribers vs one, against the same server, one run.

Run: .venv/bin/python bench/bench_stream.py [--subscribers 200] [--appends 100]
Starts `factstream serve` (embedded backend, temp data dir) in a subprocess; subscribers run
in worker processes (so the clients are not the bottleneck) with httpx. Latency is receipt
time minus the event's `recorded_at` (set by the log on append; same host clock). Every
subscriber must get every event exactly once, in order. Prints a markdown table and writes
bench/results/stream.json.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import multiprocessing as mp
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from multiprocessing.queues import Queue
from pathlib import Path
from typing import Any

import httpx

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "bench" / "results" / "stream.json"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(data_dir: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = {**os.environ, "FACTSTREAM_DATA_DIR": str(data_dir), "FACTSTREAM_PORT": str(port)}
    env.pop("REDIS_URL", None)
    env.pop("FACTSTREAM_BACKEND", None)
    cmd = [sys.executable, "-m", "services.cli.main", "serve"]
    log = (data_dir / "serve.log").open("wb")
    proc = subprocess.Popen(cmd, cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            if httpx.get(f"{url}/readyz", timeout=1).status_code == 200:
                return proc, url
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError((data_dir / "serve.log").read_text())


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process (Linux /proc), to show the server's own cost."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


# -- subscriber worker process ------------------------------------------------------------
async def _subscribe(
    client: httpx.AsyncClient, url: str, after: int, want: int, ready: asyncio.Event
) -> list[tuple[int, float]]:
    got: list[tuple[int, float]] = []
    async with client.stream("GET", f"{url}/events/stream", params={"after": after}) as resp:
        ready.set()  # headers arrived: the server registered our queue before sending them
        async for line in resp.aiter_lines():
            if line.startswith("data: "):
                now = time.time()
                event = json.loads(line[6:])
                recorded = dt.datetime.fromisoformat(event["recorded_at"]).timestamp()
                got.append((event["position"], now - recorded))
                if len(got) == want:
                    break
    return got


async def _worker(url: str, n: int, after: int, want: int, ready_q: Any) -> list[Any]:
    limits = httpx.Limits(max_connections=n + 5)
    async with httpx.AsyncClient(timeout=httpx.Timeout(30, read=60), limits=limits) as client:
        readies = [asyncio.Event() for _ in range(n)]
        tasks = [asyncio.create_task(_subscribe(client, url, after, want, r)) for r in readies]
        await asyncio.gather(*(r.wait() for r in readies))
        ready_q.put(n)
        return list(await asyncio.gather(*tasks))


def worker(url: str, n: int, after: int, want: int, ready_q: Any, out_q: Any) -> None:
    out_q.put(asyncio.run(_worker(url, n, after, want, ready_q)))


# -- one phase: N subscribers, a steady stream of appends -----------------------------------
def phase(
    url: str, server_pid: int, subscribers: int, appends: int, interval_s: float
) -> dict[str, Any]:
    after = httpx.get(f"{url}/events", params={"limit": 1}).json()["head"]
    want = appends * 2  # one fact + its ArticleIngested per append
    procs_n = min(os.cpu_count() or 1, subscribers)  # one client process per CPU
    sizes = [subscribers // procs_n + (i < subscribers % procs_n) for i in range(procs_n)]
    ready_q: Queue[int] = mp.Queue()
    out_q: Queue[list[Any]] = mp.Queue()
    procs = [mp.Process(target=worker, args=(url, n, after, want, ready_q, out_q)) for n in sizes]
    for p in procs:
        p.start()
    assert sum(ready_q.get(timeout=60) for _ in procs) == subscribers
    tag = f"p{subscribers}-{time.time_ns()}"
    started, cpu = time.perf_counter(), cpu_seconds(server_pid)
    for i in range(appends):
        fact = {"kind": "TerritoryTransferred", "territory": f"Bench {i}", "to": "Azerbaijan"}
        body = {"source": {"article": f"{tag}-{i}", "published": "2021-11-23"}, "facts": [fact]}
        httpx.post(f"{url}/facts", json=body, timeout=30).raise_for_status()
        time.sleep(interval_s)
    results = [r for _ in procs for r in out_q.get(timeout=120)]
    elapsed, cpu = time.perf_counter() - started, cpu_seconds(server_pid) - cpu
    for p in procs:
        p.join()
    expected = list(range(after + 1, after + want + 1))
    exact = sum([pos for pos, _ in r] == expected for r in results)
    lat = sorted(ms * 1000 for r in results for _, ms in r)
    return {
        "subscribers": subscribers,
        "events": want,
        "deliveries": len(lat),
        "exactly_once_in_order": f"{exact}/{subscribers}",
        "p50_ms": round(statistics.median(lat), 2),
        "p99_ms": round(lat[int(0.99 * (len(lat) - 1))], 2),
        "max_ms": round(lat[-1], 2),
        "seconds": round(elapsed, 2),
        "server_cpu_s": round(cpu, 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--subscribers", type=int, default=200)
    parser.add_argument("--appends", type=int, default=100)
    parser.add_argument("--interval", type=float, default=0.02, help="Seconds between appends.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        proc, url = start_server(Path(tmp))
        try:
            baseline = phase(url, proc.pid, 1, args.appends, args.interval)
            many = phase(url, proc.pid, args.subscribers, args.appends, args.interval)
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    ratio = round(many["p99_ms"] / baseline["p99_ms"], 2)
    # Same appends (and projector work) in both phases: the difference is the fan-out.
    extra = max(1, many["deliveries"] - baseline["deliveries"])
    fanout_us = round((many["server_cpu_s"] - baseline["server_cpu_s"]) * 1e6 / extra, 1)
    rows = [("baseline: 1 subscriber", baseline), (f"{args.subscribers} subscribers", many)]
    print("| run | events | deliveries | exactly once | p50 ms | p99 ms | max ms | server CPU s |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, r in rows:
        print(
            f"| {name} | {r['events']} | {r['deliveries']} | {r['exactly_once_in_order']} "
            f"| {r['p50_ms']} | {r['p99_ms']} | {r['max_ms']} | {r['server_cpu_s']} |"
        )
    print(f"\np99 ratio ({args.subscribers} vs 1): {ratio}×")
    print(f"server CPU per extra delivery (fan-out cost): {fanout_us} µs")
    print(f"load average: {os.getloadavg()}")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(
        json.dumps(
            {
                "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "machine": f"{platform.machine()}, {os.cpu_count()} cpus",
                "python": platform.python_version(),
                "method": "latency = receipt time - recorded_at; appends are POST /facts of one "
                f"fact (2 events) every {args.interval}s; subscribers in worker processes",
                "baseline": baseline,
                "many": many,
                "p99_ratio": ratio,
                "fanout_cpu_us_per_delivery": fanout_us,
                "load_average": os.getloadavg(),
            },
            indent=2,
        )
        + "\n"
    )


if __name__ == "__main__":
    main()
