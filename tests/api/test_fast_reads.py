"""Repeated projection reads are answered before routing (services/api/fast_reads.py): the
same bytes and headers as the route, the new version right after a change, and every check
the route makes (a read token, rebuilding) still made."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from services.api.fast_reads import RememberedReads
from services.api.main import create_app
from services.projector.runner import Rebuilding
from tests.support.app import make_settings
from tests.support.readiness import wait_projected

VOLATILE = {"x-request-id", "date", "content-length"}
LIST = "/projections/meetings"


def _headers(answer: Any) -> dict[str, str]:
    return {k: v for k, v in answer.headers.items() if k not in VOLATILE}


def test_a_repeated_read_is_the_routes_answer_and_follows_every_change(
    client: TestClient, reference_submission: dict[str, Any]
) -> None:
    client.post("/facts", json=reference_submission)
    wait_projected(client, 14)
    for path in (LIST, f"{LIST}?status=held", "/projections/territories/lachin-district"):
        first, again = client.get(path), client.get(path)  # the route, then the fast path
        assert again.content == first.content and _headers(again) == _headers(first)
        assert again.headers["x-request-id"] != first.headers["x-request-id"]
        etag = first.headers["etag"]
        assert client.get(path, headers={"If-None-Match": etag}).status_code == 304
        zipped = client.get(path, headers={"Accept-Encoding": "gzip"})
        assert zipped.json() == first.json()
    territories = "/projections/territories"
    before = client.get(territories)
    assert client.get(territories).content == before.content  # now remembered
    moved = {"kind": "TerritoryTransferred", "territory": "Lachin district", "to": "Armenia"}
    new = {"source": {"article": "fast-1", "published": "2022-01-01"}, "facts": [moved]}
    head = client.post("/facts", json=new).json()["head"]
    wait_projected(client, head)
    after = client.get(territories)  # the same raw request, after the change was projected
    assert after.content != before.content and after.headers["etag"] != before.headers["etag"]
    assert "fast-1" in after.text
    stale = client.get(territories, headers={"If-None-Match": before.headers["etag"]})
    assert stale.status_code == 200 and stale.content == after.content
    client.app.state.remembered_reads = RememberedReads()  # forget: the route answers again
    assert client.get(territories).content == after.content
    metrics = client.get("/metrics").text  # fast answers are counted under their route
    assert 'route="/projections/meetings",status="304"' in metrics
    assert 'route="unmatched"' not in metrics


def test_a_read_token_is_still_asked_for_after_an_answer_was_cached(
    tmp_path: Path, redis_server: str
) -> None:
    settings = make_settings(tmp_path, redis_server, write_token="w", read_token="r")
    with TestClient(create_app(settings)) as client:
        reader = {"Authorization": "Bearer r"}
        assert client.get(LIST, headers=reader).status_code == 200
        assert client.get(LIST, headers=reader).status_code == 200
        assert client.get(LIST).status_code == 401
        assert client.get(LIST, headers={"Authorization": "Bearer nope"}).status_code == 401


def test_reads_say_rebuilding_even_when_an_answer_was_cached(client: TestClient) -> None:
    assert client.get(LIST).status_code == 200
    assert client.get(LIST).status_code == 200
    projector = client.app.state.container.projector  # type: ignore[attr-defined]
    deadline = time.monotonic() + 30
    while not projector.caught_up and time.monotonic() < deadline:
        time.sleep(0.02)  # the start's catch-up ends by clearing `rebuilding`: wait it out
    assert projector.caught_up
    projector.rebuilding = Rebuilding(0, 5, 10)
    try:
        answer = client.get(LIST)
        assert answer.status_code == 503 and answer.headers["retry-after"]
        assert "rebuilding" in answer.json()["detail"]
    finally:
        projector.rebuilding = None
    assert client.get(LIST).status_code == 200


def test_a_polled_document_is_the_routes_404_until_it_appears_then_the_new_version(
    client: TestClient, monkeypatch: Any
) -> None:
    from services.api.routers import projections

    routed = 0
    answer = projections._answer

    async def counted(*args: Any, **kwargs: Any) -> Any:
        nonlocal routed
        routed += 1
        return await answer(*args, **kwargs)

    monkeypatch.setattr(projections, "_answer", counted)
    path = "/projections/territories/polled-place"
    first, again = client.get(path), client.get(path)
    assert first.status_code == again.status_code == 404
    assert again.content == first.content and _headers(again) == _headers(first)
    fact = {"kind": "TerritoryTransferred", "territory": "Polled Place", "to": "Azerbaijan"}
    body = {"source": {"article": "poll-1", "published": "2022-01-01"}, "facts": [fact]}
    head = client.post("/facts", json=body).json()["head"]
    wait_projected(client, head)
    found = client.get(path)  # a new version, rendered before routing
    assert found.status_code == 200 and found.json()["key"] == "polled-place"
    assert routed == 1  # only the first request went through the route
    client.app.state.remembered_reads = RememberedReads()  # type: ignore[attr-defined]
    routed_answer = client.get(path)
    assert routed == 2 and routed_answer.content == found.content
    assert _headers(routed_answer) == _headers(found)
