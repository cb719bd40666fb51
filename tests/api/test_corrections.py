"""Retraction and supersession: projections change, the log and the export keep everything."""

from __future__ import annotations

import json
import time
from typing import Any

from fastapi.testclient import TestClient

LACHIN = "/projections/territories/lachin-district"


def settle(client: TestClient) -> None:
    head = client.get("/events", params={"limit": 1}).json()["head"]
    deadline = time.monotonic() + 30
    for name in ("meetings", "territories"):
        while client.get(f"/projections/{name}/status").json()["position"] < head:
            assert time.monotonic() < deadline
            time.sleep(0.02)


def lachin_fact(client: TestClient) -> str:
    events = client.get("/events", params={"type": "TerritoryTransferred"}).json()["events"]
    return next(e["id"] for e in events if e["data"]["territory"]["id"] == "lachin-district")


def test_retraction_changes_the_projection_and_keeps_the_record(
    client: TestClient, reference_submission: dict[str, Any]
) -> None:
    client.post("/facts", json=reference_submission)
    settle(client)
    fact_id = lachin_fact(client)
    assert client.get(LACHIN).json()["controller"]["name"] == "Azerbaijan"

    response = client.post(f"/facts/{fact_id}/retract", json={"reason": "misattributed"})
    assert response.status_code == 200, response.text
    again = client.post(f"/facts/{fact_id}/retract", json={"reason": "misattributed"}).json()
    assert again[0]["duplicate"] is True
    settle(client)
    territory = client.get(LACHIN).json()
    assert territory["controller"] is None
    [claim] = territory["claims"]
    assert claim["retracted"] is True and claim["correction_reason"] == "misattributed"

    exported = [json.loads(line) for line in client.get("/audit/export").text.splitlines()]
    bodies = [json.loads(line["body"]) for line in exported if "body" in line]
    assert fact_id in {b["id"] for b in bodies}
    assert any(b["type"] == "FactRetracted" and b["data"]["fact_id"] == fact_id for b in bodies)
    assert client.get("/audit/verify").json()["ok"] is True


def test_supersession_replaces_the_fact(
    client: TestClient, reference_submission: dict[str, Any]
) -> None:
    client.post("/facts", json=reference_submission)
    fact_id = lachin_fact(client)
    corrected = {
        "kind": "TerritoryTransferred",
        "territory": "Lachin District",
        "from": "Armenia",
        "to": "Azerbaijan",
        "date": "2020-12-01",
    }
    response = client.post(
        f"/facts/{fact_id}/supersede", json={"reason": "date known", "fact": corrected}
    )
    assert response.status_code == 200, response.text
    assert [a["type"] for a in response.json()] == ["TerritoryTransferred", "FactSuperseded"]
    settle(client)
    territory = client.get(LACHIN).json()
    assert territory["control"][-1]["since"]["value"] == "2020-12-01"
    old = next(c for c in territory["claims"] if c["fact_id"] == fact_id)
    assert old["superseded_by"] == response.json()[0]["event_id"]


def test_corrections_refuse_what_is_not_a_fact(
    client: TestClient, reference_submission: dict[str, Any]
) -> None:
    posted = client.post("/facts", json=reference_submission).json()
    head = posted["head"]
    missing = client.post("/facts/no-such-id/retract", json={"reason": "x"})
    assert missing.status_code == 404 and "no event" in missing.json()["detail"]
    article = posted["event_ids"][0]  # ArticleIngested
    refused = client.post(f"/facts/{article}/retract", json={"reason": "x"})
    assert refused.status_code == 409 and "not a fact" in refused.json()["detail"]
    empty = client.post(f"/facts/{posted['event_ids'][1]}/retract", json={"reason": ""})
    assert empty.status_code == 422
    bad = client.post(
        f"/facts/{posted['event_ids'][1]}/supersede", json={"reason": "r", "fact": {"kind": "Nope"}}
    )
    assert bad.status_code == 422 and "unknown kind" in bad.json()["detail"]
    assert client.get("/events", params={"limit": 1}).json()["head"] == head
