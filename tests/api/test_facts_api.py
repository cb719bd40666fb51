"""The write API over HTTP (in-process): idempotency and clear errors, nothing appended."""

from __future__ import annotations

import copy
import time
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from services.api.main import create_app
from tests.support.app import make_settings


def head(client: TestClient) -> int:
    value: int = client.get("/events", params={"limit": 1}).json()["head"]
    return value


def test_posting_gold_facts_twice_changes_nothing(
    client: TestClient, reference_submission: dict[str, Any]
) -> None:
    first = client.post("/facts", json=reference_submission)
    assert first.status_code == 200, first.text
    body = first.json()
    assert body["new_events"] == 14 and body["head"] == 14
    again = client.post("/facts", json=reference_submission).json()
    assert again["event_ids"] == body["event_ids"] and again["new_events"] == 0
    assert head(client) == 14


def test_events_are_paginated_by_position_and_filtered(
    client: TestClient, reference_submission: dict[str, Any]
) -> None:
    client.post("/facts", json=reference_submission)
    page = client.get("/events", params={"after": 2, "limit": 3}).json()
    assert [e["position"] for e in page["events"]] == [3, 4, 5] and page["next_after"] == 5
    only = client.get("/events", params={"type": "Territory*"}).json()["events"]
    assert [e["type"] for e in only] == ["TerritoryTransferred"] * 3
    assert only[0]["specversion"] == "1.0" and only[0]["hash"]


def _bad(client: TestClient, body: Any, status: int, words: str, **kw: Any) -> None:
    before = head(client)
    response = (
        client.post("/facts", json=body, **kw) if body is not None else client.post("/facts", **kw)
    )
    assert response.status_code == status, response.text
    assert words in response.json()["detail"], response.json()
    assert head(client) == before


def test_bad_input_gets_a_clear_4xx_and_appends_nothing(
    client: TestClient, reference_submission: dict[str, Any]
) -> None:
    _bad(
        client,
        None,
        400,
        "not valid JSON",
        content=b'{"source": ',
        headers={"content-type": "application/json"},
    )
    unknown = copy.deepcopy(reference_submission)
    unknown["facts"].append({"kind": "MeetingTeleported", "participants": ["X"]})
    _bad(client, unknown, 422, "unknown kind")
    missing = copy.deepcopy(reference_submission)
    missing["facts"].append({"kind": "TerritoryTransferred", "to": "Azerbaijan"})
    _bad(client, missing, 422, "territory")
    bad_date = copy.deepcopy(reference_submission)
    bad_date["facts"][0]["date"] = "2021-02-30"
    _bad(client, bad_date, 422, "not a calendar date")
    bad_published = copy.deepcopy(reference_submission)
    bad_published["source"]["published"] = "23.11.2021"
    _bad(client, bad_published, 422, "source.published")
    stray = copy.deepcopy(reference_submission)
    stray["facts"][3]["venue"] = "Sochi"
    _bad(client, stray, 422, "StatementMade.venue: Extra inputs are not permitted")
    huge = {"source": reference_submission["source"], "facts": [{"kind": "x" * 70_000}]}
    _bad(client, huge, 413, "larger than")


def test_write_token_is_required_when_set(
    tmp_path: Path, redis_server: str, reference_submission: dict[str, Any]
) -> None:
    app = create_app(make_settings(tmp_path, redis_server, write_token="s3cret"))
    with TestClient(app) as c:
        assert c.post("/facts", json=reference_submission).status_code == 401
        wrong = {"Authorization": "Bearer nope"}
        assert c.post("/facts", json=reference_submission, headers=wrong).status_code == 401
        ok = c.post("/facts", json=reference_submission, headers={"Authorization": "Bearer s3cret"})
        assert ok.status_code == 200 and c.get("/projections/meetings").status_code == 200


def test_projections_health_and_metrics(
    client: TestClient, reference_submission: dict[str, Any]
) -> None:
    client.post("/facts", json=reference_submission)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        ready = client.get("/readyz").json()
        if ready["projector_lag"] == {"meetings.v1": 0, "territories.v1": 0}:
            break
        time.sleep(0.05)
    assert ready["ready"] is True and ready["log_head"] == 14
    meetings = client.get("/projections/meetings", params={"status": "announced"}).json()
    assert meetings["count"] == 3
    assert client.get("/projections/meetings/nope@undated").status_code == 404
    lachin = client.get("/projections/territories/lachin-district").json()
    assert lachin["controller"]["name"] == "Azerbaijan" and "facts" not in lachin
    assert client.get("/healthz").json() == {"status": "ok"}
    metrics = client.get("/metrics").text
    assert "factstream_log_head_position 14.0" in metrics
    assert 'factstream_http_requests_total{method="POST",route="/facts",status="200"}' in metrics
