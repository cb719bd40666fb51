"""What the request log costs: requests through a FastAPI app with the request-log middleware
(request id, telemetry, one JSON line written per request) vs the same app without it.

    python bench/bench_observability.py [--requests 20000] [--rounds 5]

Calls the ASGI app directly (no sockets, no HTTP parsing: those cost the same either way and
would hide the difference); log lines go to /dev/null through the real handler and formatter.
Writes bench/results/observability.json and prints it.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fastapi import FastAPI
from prometheus_client import CollectorRegistry
from starlette.types import ASGIApp, Message

from services.observability.logs import configure_logging
from services.observability.prometheus import PrometheusTelemetry
from services.observability.request_log import RequestLog

RESULTS = Path(__file__).parent / "results" / "observability.json"


def bare_app() -> FastAPI:
    app = FastAPI()

    @app.get("/projections/meetings/{meeting_id}")
    async def meeting(meeting_id: str) -> dict[str, str]:
        return {"id": meeting_id, "status": "announced"}

    return app


async def drive(app: ASGIApp, requests: int) -> float:
    """Seconds per request, `requests` GETs in a row."""
    sent: list[Message] = []

    async def receive() -> Message:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: Message) -> None:
        sent.append(message)

    started = time.perf_counter()
    for i in range(requests):
        scope: dict[str, Any] = {
            "type": "http",
            "asgi": {"version": "3.0"},
            "http_version": "1.1",
            "method": "GET",
            "scheme": "http",
            "path": f"/projections/meetings/m{i}",
            "raw_path": f"/projections/meetings/m{i}".encode(),
            "query_string": b"",
            "root_path": "",
            "headers": [(b"host", b"bench"), (b"x-request-id", f"bench-{i}".encode())],
            "client": ("127.0.0.1", 1),
            "server": ("bench", 80),
        }
        await app(scope, receive, send)
        sent.clear()
    return (time.perf_counter() - started) / requests


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    devnull = open(os.devnull, "w")  # noqa: SIM115 - for the whole run
    bare = bare_app()
    logged = RequestLog(bare_app(), PrometheusTelemetry(CollectorRegistry()))
    timings: dict[str, list[float]] = {"bare": [], "json": [], "text": []}

    async def rounds() -> None:
        await drive(bare, 2000)  # warm both paths
        await drive(logged, 2000)
        for _ in range(args.rounds):  # interleaved: drift hits every variant alike
            timings["bare"].append(await drive(bare, args.requests))
            for fmt in ("json", "text"):
                configure_logging(fmt, "INFO", devnull)
                timings[fmt].append(await drive(logged, args.requests))

    asyncio.run(rounds())
    median = {k: statistics.median(v) * 1e6 for k, v in timings.items()}
    result = {
        "requests_per_round": args.requests,
        "rounds": args.rounds,
        "bare_us_per_request": round(median["bare"], 1),
        "json_log_us_per_request": round(median["json"], 1),
        "text_log_us_per_request": round(median["text"], 1),
        "json_overhead_us": round(median["json"] - median["bare"], 1),
        "json_ratio": round(median["json"] / median["bare"], 2),
        "text_ratio": round(median["text"] / median["bare"], 2),
        "python": platform.python_version(),
    }
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
