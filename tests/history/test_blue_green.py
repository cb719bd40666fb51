"""A rebuild beside the live read model, under read load: no failed read, atomic switch."""

from __future__ import annotations

import threading
import time

from fastapi.testclient import TestClient

from services.readside.rebuild import rebuild_and_compare
from tests.support.history import synthetic_articles


def test_rebuild_under_read_load(client: TestClient) -> None:
    for article, published, facts in synthetic_articles(150):
        body = {"source": {"article": article, "published": published, "url": None}, "facts": facts}
        assert client.post("/facts", json=body).status_code == 200
    head = client.get("/events", params={"limit": 1}).json()["head"]
    while client.get("/projections/territories/status").json()["position"] < head:
        time.sleep(0.05)
    before = client.get("/projections/territories").json()

    failures: list[str] = []
    reads = [0]
    stop = threading.Event()

    def reader() -> None:
        while not stop.is_set():
            response = client.get("/projections/territories")
            reads[0] += 1
            if response.status_code != 200 or response.json() != before:
                failures.append(f"{response.status_code}")

    threads = [threading.Thread(target=reader) for _ in range(3)]
    for t in threads:
        t.start()
    started = client.post("/projections/territories/rebuild").json()
    assert started["state"] in ("building", "caught-up")
    deadline = time.monotonic() + 60
    while (status := client.get("/projections/territories/status").json())["rebuild"][
        "state"
    ] != "switched":
        assert time.monotonic() < deadline and status["rebuild"]["state"] != "failed", status
        time.sleep(0.05)
    time.sleep(0.3)
    stop.set()
    for t in threads:
        t.join()
    assert failures == [] and reads[0] > 3
    assert status["namespace"] == started["target"] and status["lag"] == 0
    assert client.get("/projections/territories").json() == before
    container = client.app.state.container  # type: ignore[attr-defined]
    clean = client.portal.call(rebuild_and_compare, container.log, container.store, "clean")  # type: ignore[union-attr]
    slot = clean["projections"]["territories.v1"]
    assert slot["equal"] and slot["rebuilt"] == slot["live"] and clean["equal"]
    compare = client.get("/projections/meetings").status_code
    assert compare == 200
