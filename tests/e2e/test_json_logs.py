"""`factstream serve` with FACTSTREAM_LOG_FORMAT=json: every line it writes is one JSON object,
and each request's line carries its id, route, status, duration and what it appended."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx

from tests.e2e.conftest import start_stack, stop_stack


def test_serve_writes_one_json_object_per_line(
    tmp_path: Path, reference_submission: dict[str, Any]
) -> None:
    stack = start_stack(tmp_path, env_extra={"FACTSTREAM_LOG_FORMAT": "json"})
    try:
        posted = httpx.post(
            f"{stack.url}/facts", json=reference_submission, headers={"X-Request-ID": "e2e-1"}
        )
        assert posted.status_code == 200 and posted.headers["x-request-id"] == "e2e-1"
        read = httpx.get(f"{stack.url}/events", params={"limit": 1})
        generated = read.headers["x-request-id"]
        correlation = read.json()["events"][0]["correlation_id"]
    finally:
        stop_stack(stack)
    lines = [json.loads(line) for line in (tmp_path / "serve.log").read_text().splitlines()]
    assert all({"time", "level", "logger", "message"} <= set(line) for line in lines)
    assert any(line["message"].startswith("factstream API on http://") for line in lines)
    assert any(line["logger"].startswith("uvicorn") for line in lines)  # the server's own too
    requests = {
        line["request_id"]: line for line in lines if line["logger"] == "factstream.request"
    }
    appended = requests["e2e-1"]
    assert (appended["method"], appended["route"], appended["status"]) == ("POST", "/facts", 200)
    assert appended["duration_ms"] > 0 and appended["correlation_id"] == correlation
    assert requests[generated]["route"] == "/events" and "correlation_id" not in requests[generated]
