"""The desk's pages over HTTP (in-process): served at /, out of the OpenAPI document, under
a strict CSP; clear 4xx for bad input; the map says what is missing without its data."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from services.api.main import create_app
from tests.support.app import make_settings


def _until_projected(client: TestClient, head: int) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if client.get("/projections/meetings/status").json()["position"] >= head:
            return
        time.sleep(0.05)
    raise AssertionError("the projector did not catch up")


def test_desk_pages_are_html_with_a_strict_csp_and_not_in_openapi(
    client: TestClient, reference_submission: dict[str, Any]
) -> None:
    head = client.post("/facts", json=reference_submission).json()["head"]
    _until_projected(client, head)
    for path in ("/", "/desk/map", "/desk/feed", "/desk/workspace", "/desk/history"):
        page = client.get(path)
        assert page.status_code == 200, (path, page.text[:300])
        assert page.headers["content-type"].startswith("text/html")
        csp = page.headers["content-security-policy"]
        assert "default-src 'none'" in csp and "script-src 'self'" in csp
        assert "<script>" not in page.text and " style=" not in page.text
    assert "Sochi" in client.get("/").text
    paths = client.get("/openapi.json").json()["paths"]
    assert not [p for p in paths if p == "/" or p.startswith("/desk")]


def test_bad_input_gets_a_clear_4xx_and_appends_nothing(client: TestClient) -> None:
    bad = client.get("/desk/meetings", params={"as_of": "yesterday-ish"})
    assert bad.status_code == 400 and "neither a log position nor an ISO" in bad.text
    assert client.get("/desk/meetings/nobody@2021-01-01").status_code == 404
    assert client.get("/desk/articles/no-such-article").status_code == 404
    assert client.get("/desk/map", params={"valid_at": "2021-02-30"}).status_code == 400
    head = client.get("/events", params={"limit": 1}).json()["head"]
    empty = client.post("/desk/workspace", content=b"text=&published=2021-11-23")
    assert empty.status_code == 422 and "paste an article" in empty.text
    no_date = client.post("/desk/workspace", content=b"text=Hello&published=")
    assert no_date.status_code == 422 and "publication date" in no_date.text
    assert client.get("/events", params={"limit": 1}).json()["head"] == head


def test_preview_escapes_the_article_and_appends_nothing(client: TestClient) -> None:
    text = "<script>alert(1)</script> Aliyev and Pashinyan will meet in Sochi on 26 November."
    body = f"text={text}&published=2021-11-23&language=en".replace("+", "%2B").encode()
    page = client.post(
        "/desk/workspace",
        content=body,
        headers={"content-type": "application/x-www-form-urlencoded"},
    )
    assert page.status_code == 200
    assert "<script>alert(1)" not in page.text and "&lt;script&gt;alert(1)" in page.text
    assert client.get("/events", params={"limit": 1}).json()["head"] == 0


def test_the_map_says_what_is_missing_without_its_boundary_files(
    tmp_path: Path, redis_server: str
) -> None:
    settings = make_settings(tmp_path, redis_server, geo_dir=tmp_path / "no-geo")
    with TestClient(create_app(settings)) as client:
        page = client.get("/desk/map")
    assert page.status_code == 503 and "boundary file not found" in page.text
    assert page.headers["retry-after"]
