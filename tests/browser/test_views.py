"""Every view of the desk loads in the browser with no console error (the page fixture
fails a test on any), under its strict Content-Security-Policy."""

from __future__ import annotations

import time
from typing import Any

import httpx
import pytest

from tests.e2e.conftest import Stack

pytestmark = pytest.mark.browser

VIEWS = [
    "/",
    "/desk/meetings?status=announced&place=Sochi",
    "/desk/meetings/ilham-aliyev+nikol-pashinyan+vladimir-putin@2021-11-26",
    "/desk/map",
    "/desk/map?territory=lachin-district&as_of=14",
    "/desk/feed",
    "/desk/workspace",
    "/desk/history",
    "/desk/history?as_of=5",
    "/desk/articles/sha256-7a753e25f1c92dcf",
]


@pytest.mark.parametrize("path", VIEWS)
def test_view_loads_without_console_errors(page: Any, path: str) -> None:
    response = page.goto(path)
    assert response.status == 200
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "default-src 'none'" in csp
    page.wait_for_load_state("networkidle") if "feed" not in path else None
    assert page.locator("main").is_visible()


def test_history_shows_the_verified_chain_and_projection_status(page: Any, desk: Stack) -> None:
    head = httpx.get(f"{desk.url}/audit/verify").json()["head"]
    page.goto("/desk/history")
    page.wait_for_selector('#chain-status[data-state="ok"]')
    assert int(page.locator("#chain-head").inner_text()) == head
    rows = page.locator("#projection-status tbody tr")
    assert rows.evaluate_all("rs => rs.map(r => r.dataset.projection)") == [
        "meetings",
        "territories",
    ]
    with page.expect_download() as download:
        page.fill('#export-form input[name="to"]', "3")
        page.click('#export-form button[type="submit"]')
    lines = open(download.value.path(), encoding="utf-8").read().splitlines()  # noqa: SIM115
    assert len(lines) == 5  # begin anchor, 3 events, end anchor


def _projected(desk: Stack, head: int) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        ready = httpx.get(f"{desk.url}/readyz").json()
        if ready["log_head"] >= head and set(ready["projector_lag"].values()) == {0}:
            return
        time.sleep(0.05)
    raise AssertionError(f"the projector did not reach {head}: {ready}")


def test_article_text_is_escaped(page: Any, desk: Stack) -> None:
    """A hostile name from an article is shown as text, never run or parsed as markup."""
    hostile = '<img src=x onerror="window.__pwned=1">Evil <b>Bold</b>'
    body = {
        "source": {"article": "desk-escape", "published": "2021-12-02"},
        "facts": [{"kind": "MeetingAnnounced", "participants": [hostile, "Ilham Aliyev"]}],
    }
    head = httpx.post(f"{desk.url}/facts", json=body).json()["head"]
    _projected(desk, head)  # the desk reads the read models: wait for the projector
    page.goto("/desk/meetings?participant=Evil")
    assert page.locator(".meeting").count() == 1
    assert page.locator(".meeting img").count() == 0
    assert "<img" in page.locator(".meeting h3").inner_text()
    assert page.evaluate("window.__pwned") is None
