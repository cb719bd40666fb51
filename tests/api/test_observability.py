"""Operators' view of the running app: request ids, one log line per request (JSON or text),
and /metrics counting appends by outcome, extraction time and projection lag."""

from __future__ import annotations

import copy
import io
import json
import logging
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from services.api.main import create_app
from services.observability.logs import configure_logging
from tests.conftest import REFERENCE_TEXT
from tests.support.app import make_settings
from tests.support.metrics import sample


@pytest.fixture
def log_lines() -> Iterator[io.StringIO]:
    """Everything logged during the test, as the service would write it."""
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    out = io.StringIO()
    yield out
    root.handlers[:], root.level = saved


def request_lines(out: io.StringIO) -> list[dict[str, Any]]:
    lines = [json.loads(line) for line in out.getvalue().splitlines()]  # every line is JSON
    return [line for line in lines if line["logger"] == "factstream.request"]


def appends(client: TestClient) -> dict[str, float]:
    text = client.get("/metrics").text
    out = {o: sample(text, "factstream_appends_total", outcome=o) for o in ("new", "duplicate")}
    out["rejected"] = sample(text, "factstream_appends_total", outcome="rejected")
    for outcome in ("new", "duplicate"):
        out[f"events_{outcome}"] = sample(text, "factstream_appended_events_total", outcome=outcome)
    return out


def moved(before: dict[str, float], after: dict[str, float]) -> dict[str, float]:
    return {k: after[k] - before[k] for k in before if after[k] != before[k]}


def test_request_ids_are_echoed_when_well_formed_and_generated_otherwise(
    client: TestClient,
) -> None:
    given = "7f1c2a30-1b9e-4c55-a7e3-0d9a2c4b5e6f"
    assert client.get("/healthz", headers={"X-Request-ID": given}).headers["x-request-id"] == given
    generated = {
        client.get("/healthz", headers=headers).headers["x-request-id"]
        for headers in ({}, {"X-Request-ID": "has spaces"}, {"X-Request-ID": "x" * 200})
    }
    assert len(generated) == 3 and all(len(g) == 32 and int(g, 16) >= 0 for g in generated)
    assert client.get("/nowhere").headers["x-request-id"]  # 404s have one too


def test_json_log_line_names_request_route_status_duration_and_correlation(
    client: TestClient, log_lines: io.StringIO, reference_submission: dict[str, Any]
) -> None:
    configure_logging("json", "INFO", log_lines)
    response = client.post("/facts", json=reference_submission, headers={"X-Request-ID": "rq-1"})
    assert response.status_code == 200
    client.post("/facts", json={"source": {}, "facts": []}, headers={"X-Request-ID": "rq-2"})
    correlation = client.get("/events", params={"limit": 1}).json()["events"][0]["correlation_id"]

    lines = {line["request_id"]: line for line in request_lines(log_lines)}
    appended = lines["rq-1"]
    assert appended["level"] == "info" and appended["time"].endswith("+00:00")
    assert (appended["method"], appended["route"], appended["status"]) == ("POST", "/facts", 200)
    assert appended["duration_ms"] > 0 and appended["message"].startswith("POST /facts 200")
    assert appended["correlation_id"] == correlation
    assert (appended["append_outcome"], appended["new_events"]) == ("new", 14)
    refused = lines["rq-2"]
    assert refused["status"] == 422 and refused["append_outcome"] == "rejected"
    assert "correlation_id" not in refused
    read = next(line for line in lines.values() if line["route"] == "/events")
    assert "append_outcome" not in read and read["status"] == 200


def test_text_log_lines_are_for_people(
    client: TestClient, log_lines: io.StringIO, reference_submission: dict[str, Any]
) -> None:
    configure_logging("text", "INFO", log_lines)
    client.post("/facts", json=reference_submission, headers={"X-Request-ID": "rq-text"})
    [line] = [ln for ln in log_lines.getvalue().splitlines() if "factstream.request" in ln]
    assert " INFO " in line and "POST /facts 200 " in line and "append new correlation" in line
    assert line.endswith("[request rq-text]") and not line.startswith("{")


def test_appends_are_counted_by_outcome(
    client: TestClient, reference_submission: dict[str, Any]
) -> None:
    start = appends(client)
    assert client.post("/facts", json=reference_submission).status_code == 200
    after_new = appends(client)
    assert moved(start, after_new) == {"new": 1, "events_new": 14}
    client.post("/facts", json=reference_submission)
    after_dup = appends(client)
    assert moved(after_new, after_dup) == {"duplicate": 1, "events_duplicate": 14}

    unknown = copy.deepcopy(reference_submission)
    unknown["facts"].append({"kind": "MeetingTeleported", "participants": ["X"]})
    bad_published = copy.deepcopy(reference_submission)
    bad_published["source"]["published"] = "23.11.2021"
    huge = {"source": reference_submission["source"], "facts": [{"kind": "x" * 70_000}]}
    refusals = [
        client.post("/facts", json=unknown),  # the fact is refused by the use case
        client.post("/facts", json=bad_published),  # the schema refuses it
        client.post("/facts", content=b'{"source": ', headers={"content-type": "application/json"}),
        client.post("/facts", json=huge),  # refused before routing
        client.post("/facts/no-such-fact/retract", json={"reason": "x"}),
    ]
    assert [r.status_code for r in refusals] == [422, 422, 400, 413, 404]
    assert all(r.headers["x-request-id"] for r in refusals)
    after_refusals = appends(client)
    assert moved(after_dup, after_refusals) == {"rejected": 5}

    fact_id = client.get("/events", params={"type": "StatementMade"}).json()["events"][0]["id"]
    client.post(f"/facts/{fact_id}/retract", json={"reason": "misattributed"})
    client.post(f"/facts/{fact_id}/retract", json={"reason": "misattributed"})
    after_corrections = appends(client)
    assert moved(after_refusals, after_corrections) == {
        "new": 1,
        "events_new": 1,
        "duplicate": 1,
        "events_duplicate": 1,
    }
    client.get("/projections/meetings")  # reads count nothing
    assert moved(after_corrections, appends(client)) == {}


def test_refusing_an_unauthorised_writer_is_not_a_rejected_append(
    tmp_path: Path, redis_server: str, reference_submission: dict[str, Any]
) -> None:
    with TestClient(create_app(make_settings(tmp_path, redis_server, write_token="t"))) as c:
        assert c.post("/facts", json=reference_submission).status_code == 401
        assert appends(c)["rejected"] == 0


def test_extraction_time_is_observed_per_article(client: TestClient) -> None:
    before = client.get("/metrics").text
    assert sample(before, "factstream_extraction_seconds_count") == 0
    article = {"text": REFERENCE_TEXT.read_text(encoding="utf-8"), "published": "2021-11-23"}
    assert client.post("/articles", json=article).status_code == 200
    blank = client.post("/articles", json={"text": " \n ", "published": "2021-11-23"})
    after = client.get("/metrics").text
    # The blank text is refused by the contract (text: not only spaces) before extraction.
    assert sample(after, "factstream_extraction_seconds_count") == 1
    assert 0 < sample(after, "factstream_extraction_seconds_sum") < 60
    assert blank.status_code == 422, blank.text
    assert sample(after, "factstream_appends_total", outcome="new") == 1
    assert sample(after, "factstream_appends_total", outcome="rejected") == 1


def test_projection_lag_counts_unapplied_events_and_returns_to_zero(
    client: TestClient, reference_submission: dict[str, Any]
) -> None:
    container = client.app.state.container  # type: ignore[attr-defined]
    client.portal.call(container.projector.stop)  # type: ignore[union-attr]
    client.post("/facts", json=reference_submission)
    stalled = client.get("/metrics").text
    for name in ("meetings", "territories"):
        assert sample(stalled, "factstream_projection_lag_events", projection=name) == 14
        assert sample(stalled, "factstream_projection_position", projection=name) == 0
        assert sample(stalled, "factstream_projection_applied_events_total", projection=name) == 0

    async def restart() -> None:
        container.projector.start()

    client.portal.call(restart)
    deadline = time.monotonic() + 30
    while True:
        caught_up = client.get("/metrics").text
        lags = [
            sample(caught_up, "factstream_projection_lag_events", projection=name)
            for name in ("meetings", "territories")
        ]
        if lags == [0, 0] or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    assert lags == [0, 0]
    for name in ("meetings", "territories"):
        assert sample(caught_up, "factstream_projection_position", projection=name) == 14
        assert (
            sample(caught_up, "factstream_projection_applied_events_total", projection=name) == 14
        )
