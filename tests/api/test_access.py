"""Roles, rate limits, security headers and CORS, in-process."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from services.api.access import Role, check_access, role_of, role_tokens
from services.api.main import create_app
from services.api.rate_limit import RateLimiter
from services.settings import Settings
from tests.support.app import make_settings

W, A, R = (
    {"Authorization": "Bearer w"},
    {"Authorization": "Bearer a"},
    {"Authorization": "Bearer r"},
)
FACTS = {
    "source": {"article": "access-1", "published": "2021-11-23"},
    "facts": [{"kind": "MeetingHeld", "participants": ["A", "B"]}],
}


@pytest.fixture
def roles(tmp_path: Path, redis_server: str) -> Iterator[TestClient]:
    settings = make_settings(
        tmp_path, redis_server, write_token="w", admin_token="a", read_token="r"
    )
    with TestClient(create_app(settings)) as client:
        yield client


def test_each_role_reaches_its_routes_and_no_further(roles: TestClient) -> None:
    assert roles.post("/facts", json=FACTS).status_code == 401
    assert roles.post("/facts", json=FACTS, headers=R).status_code == 403
    posted = roles.post("/facts", json=FACTS, headers=W)
    assert posted.status_code == 200
    fact = posted.json()["event_ids"][1]
    retract: dict[str, Any] = {"json": {"reason": "r"}}
    assert roles.post(f"/facts/{fact}/retract", headers=W, **retract).status_code == 403
    assert roles.post("/projections/meetings/rebuild", headers=W).status_code == 403
    assert roles.get("/audit/export", headers=W).status_code == 403
    assert roles.post(f"/facts/{fact}/retract", headers=A, **retract).status_code == 200
    assert roles.get("/audit/export", headers=A).status_code == 200
    assert roles.post("/facts", json=FACTS, headers=A).status_code == 200  # admin writes too
    assert roles.get("/events").status_code == 401
    for headers in (R, W, A):
        assert roles.get("/events", headers=headers).status_code == 200
    assert roles.get("/healthz").status_code == 200  # probes stay open


def test_401_says_how_and_403_says_which_role(roles: TestClient) -> None:
    missing = roles.post("/projections/meetings/rebuild")
    assert missing.headers["WWW-Authenticate"] == "Bearer"
    assert "admin" in missing.json()["detail"]
    low = roles.post("/projections/meetings/rebuild", headers=R).json()["detail"]
    assert "admin role" in low and "reader token" in low


def test_admin_falls_back_to_the_writer_token() -> None:
    only_writer = Settings(write_token="w")
    tokens = role_tokens(only_writer)
    assert role_of("w", tokens) is Role.admin
    check_access(Role.admin, "w", tokens)  # no exception: as before roles existed
    assert role_tokens(Settings()) == {}  # nothing configured: every route open
    check_access(Role.admin, None, {})


def test_rate_limit_on_articles(
    tmp_path: Path, redis_server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the limiter's clock stands still: the answers must not depend on how long an
    # extraction takes (a cold first one refilled the bucket under load)
    frozen = functools.partial(RateLimiter, clock=lambda: 0.0)
    monkeypatch.setattr("services.api.rate_limit.RateLimiter", frozen)
    settings = make_settings(
        tmp_path, redis_server, article_rate_per_minute=60, article_rate_burst=2
    )
    body = {"text": "Текст без фактов.", "published": "2021-11-23"}
    with TestClient(create_app(settings)) as client:
        answers = [client.post("/articles", json=body) for _ in range(3)]
        assert [a.status_code for a in answers] == [200, 200, 429]
        assert answers[2].headers["Retry-After"] == "1"
        assert "too many articles" in answers[2].json()["detail"]


def test_the_bucket_refills() -> None:
    now = [0.0]
    limiter = RateLimiter(per_minute=6, burst=1, clock=lambda: now[0])
    assert limiter.wait_s("c") == 0
    assert limiter.wait_s("c") == pytest.approx(10.0)
    assert limiter.wait_s("other") == 0  # per client
    now[0] = 10.0
    assert limiter.wait_s("c") == 0


def test_security_headers(client: TestClient) -> None:
    read = client.get("/events")
    assert read.headers["X-Content-Type-Options"] == "nosniff"
    assert "no-store" not in read.headers.get("Cache-Control", "")
    write = client.post("/facts", json=FACTS)
    assert write.headers["Cache-Control"] == "no-store"
    assert write.headers["X-Content-Type-Options"] == "nosniff"
    docs = client.get("/docs")
    assert "frame-ancestors 'none'" in docs.headers["Content-Security-Policy"]
    assert "Content-Security-Policy" not in read.headers  # JSON needs none


def test_a_page_with_its_own_csp_keeps_it(tmp_path: Path, redis_server: str) -> None:
    from fastapi.responses import HTMLResponse

    app = create_app(make_settings(tmp_path, redis_server))

    @app.get("/own", include_in_schema=False)
    async def own() -> HTMLResponse:
        return HTMLResponse("<p>x</p>", headers={"Content-Security-Policy": "default-src 'self'"})

    with TestClient(app) as client:
        assert client.get("/own").headers["Content-Security-Policy"] == "default-src 'self'"


def test_cors_is_closed_unless_configured(tmp_path: Path, redis_server: str) -> None:
    preflight = {"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"}
    with TestClient(create_app(make_settings(tmp_path, redis_server))) as client:
        answer = client.options("/facts", headers=preflight)
        assert "access-control-allow-origin" not in answer.headers
        got = client.get("/events", headers={"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in got.headers
    open_to = make_settings(tmp_path, redis_server, cors_origins=["https://desk.example"])
    with TestClient(create_app(open_to)) as client:
        ok = client.get("/events", headers={"Origin": "https://desk.example"})
        assert ok.headers["access-control-allow-origin"] == "https://desk.example"
        other = client.get("/events", headers={"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in other.headers
