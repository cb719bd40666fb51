"""Bitemporal reads over HTTP: as_of (what we knew then) and valid_at (how the world was)."""

from __future__ import annotations

import time
from typing import Any

from fastapi.testclient import TestClient

TRILATERAL = "ilham-aliyev+nikol-pashinyan+vladimir-putin@2021-11-26"


def post(client: TestClient, article: str, published: str, facts: list[dict[str, Any]]) -> int:
    body = {"source": {"article": article, "published": published, "url": None}, "facts": facts}
    response = client.post("/facts", json=body)
    assert response.status_code == 200, response.text
    head: int = response.json()["head"]
    deadline = time.monotonic() + 30
    while client.get("/projections/meetings/status").json()["position"] < head:
        assert time.monotonic() < deadline
        time.sleep(0.02)
    while client.get("/projections/territories/status").json()["position"] < head:
        assert time.monotonic() < deadline
        time.sleep(0.02)
    return head


def test_reference_meeting_reads_differently_before_and_after(
    client: TestClient, reference_gold: dict[str, Any]
) -> None:
    facts = reference_gold["facts"]
    denial = [f for f in facts if f["kind"] == "MeetingDenied"]
    rest = [f for f in facts if f["kind"] != "MeetingDenied"]
    after_denial = post(client, "earlier-report", "2021-11-20", denial)
    after_announcement = post(client, reference_gold["article"], "2021-11-23", rest)

    def meeting(**params: Any) -> dict[str, Any]:
        response = client.get(f"/projections/meetings/{TRILATERAL}", params=params)
        assert response.status_code == 200, response.text
        found: dict[str, Any] = response.json()
        return found

    assert client.get("/projections/meetings", params={"as_of": 0}).json()["count"] == 0
    then = client.get("/projections/meetings", params={"as_of": after_denial}).json()
    assert [m["status"] for m in then["meetings"]] == ["denied"]
    now = meeting(as_of=after_announcement)
    assert now["status"] == "announced"
    assert [c["kind"] for c in now["claims"]] == ["MeetingDenied", "MeetingAnnounced"]
    assert now == meeting()  # as of the head is the live read model
    by_day = meeting(valid_at="2021-11-21")
    assert by_day["status"] == "denied" and len(by_day["claims"]) == 1

    recorded = client.get("/events", params={"after": after_denial - 1, "limit": 1}).json()
    at_time = client.get(
        "/projections/meetings", params={"as_of": recorded["events"][0]["recorded_at"]}
    ).json()
    assert [m["status"] for m in at_time["meetings"]] == ["denied"]
    bad = client.get("/projections/meetings", params={"as_of": "yesterday"})
    assert bad.status_code == 422 and "as_of" in bad.json()["detail"]


def test_handover_history_with_deadline_postponement_and_completion(client: TestClient) -> None:
    kalbajar = {"territory": "Kalbajar District", "to": "Azerbaijan"}
    post(
        client,
        "statement",
        "2020-11-10",
        [
            {"kind": "TerritoryTransferScheduled", **kalbajar, "date": "2020-11-15"},
            {
                "kind": "PeacekeepersDeployed",
                "force": "Russia",
                "area": "Kalbajar District",
                "date": "2020-11-10",
            },
        ],
    )
    post(
        client,
        "postponed",
        "2020-11-15",
        [{"kind": "TerritoryTransferScheduled", **kalbajar, "date": "2020-11-25"}],
    )
    post(
        client,
        "done",
        "2020-11-25",
        [{"kind": "TerritoryTransferred", **kalbajar, "from": "Armenia", "date": "2020-11-25"}],
    )

    def at(day: str) -> dict[str, Any]:
        doc: dict[str, Any] = client.get(
            "/projections/territories/kalbajar-district", params={"valid_at": day}
        ).json()
        return doc

    before = at("2020-11-20")
    assert before["controller"]["name"] == "Armenia"
    assert {s["deadline"]["value"]: s["status"] for s in before["scheduled_transfers"]} == {
        "2020-11-15": "overdue",
        "2020-11-25": "pending",
    }
    assert [p["force"]["name"] for p in before["peacekeepers_present"]] == ["Russia"]
    after = at("2020-11-26")
    assert after["controller"]["name"] == "Azerbaijan"
    assert {s["status"] for s in after["scheduled_transfers"]} == {"completed"}
    assert at("2020-11-12")["scheduled_transfers"][0]["status"] == "pending"
    assert (
        client.get(
            "/projections/territories/kalbajar-district", params={"valid_at": "2020-13-01"}
        ).status_code
        == 422
    )
