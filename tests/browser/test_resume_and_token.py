"""On a stack of its own, with a write token: the live feed survives a server restart
(EventSource reconnects with Last-Event-ID) with no gap and no duplicate, and the
workspace's append needs the token like any client."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.e2e.conftest import REPO, Stack, start_stack, stop_stack

pytestmark = pytest.mark.browser

TOKEN = "desk-test-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module")
def guarded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    with pytest.MonkeyPatch.context() as env:
        env.setenv("FACTSTREAM_WRITE_TOKEN", TOKEN)
        running = start_stack(tmp_path_factory.mktemp("guarded"))
    yield running
    stop_stack(running)


def _facts(article: str, speaker: str) -> dict[str, Any]:
    return {
        "source": {"article": article, "published": "2021-12-03"},
        "facts": [{"kind": "StatementMade", "speaker": speaker}],
    }


def _restart(stack: Stack, data_dir: Path, while_down: dict[str, Any]) -> None:
    """Stop the server, append through the CLI (same log) while it is down, start it again
    on the same port and data dir."""
    stop_stack(stack)
    path = data_dir / "while-down.json"
    body = {**while_down["source"], "facts": while_down["facts"]}
    path.write_text(json.dumps(body))
    done = stack.cli("facts", str(path))
    assert done.returncode == 0, done.stderr
    log = (data_dir / "serve-2.log").open("wb")
    stack.process = subprocess.Popen(
        [sys.executable, "-m", "services.cli.main", "serve"],
        cwd=REPO,
        env=stack.env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 180  # a loaded 2-core machine starts slowly
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{stack.url}/readyz", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise AssertionError("the server did not come back")


def _positions(page: Any) -> list[int]:
    shown = page.locator("#feed > li").evaluate_all("ls => ls.map(l => l.dataset.position)")
    return [int(p) for p in shown]


def test_feed_resumes_after_a_restart_without_gaps_or_duplicates(
    chromium: Any, guarded: Stack, tmp_path: Path
) -> None:
    data_dir = Path(guarded.env["FACTSTREAM_DATA_DIR"])
    httpx.post(f"{guarded.url}/facts", json=_facts("resume-1", "Before Open"), headers=AUTH)
    context = chromium.new_context(base_url=guarded.url)
    page = context.new_page()
    page.goto("/desk/feed")
    page.wait_for_selector('#feed-status[data-state="live"]')
    posted = httpx.post(
        f"{guarded.url}/facts", json=_facts("resume-2", "While Open"), headers=AUTH
    ).json()
    page.wait_for_selector(f'#feed > li[data-position="{posted["head"]}"]')
    _restart(guarded, data_dir, _facts("resume-3", "While Down"))
    after = httpx.post(
        f"{guarded.url}/facts", json=_facts("resume-4", "After Restart"), headers=AUTH
    ).json()
    page.wait_for_selector(f'#feed > li[data-position="{after["head"]}"]', timeout=15_000)
    page.screenshot(path=str(tmp_path / "screenshot.png"))
    shown = _positions(page)
    assert shown == list(range(after["head"], 0, -1))  # every position once, newest first
    assert "While Down" in page.locator("#feed").inner_text()
    context.close()


def test_append_needs_the_write_token(chromium: Any, guarded: Stack, tmp_path: Path) -> None:
    context = chromium.new_context(base_url=guarded.url)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto("/desk/workspace")
    page.fill(
        "#article-text", "Ilham Aliyev and Nikol Pashinyan will meet in Sochi on 26 November."
    )
    page.fill("#article-published", "2021-11-23")
    page.select_option("#article-language", "en")
    with page.expect_navigation():
        page.click("#preview-button")
    head = httpx.get(f"{guarded.url}/events", params={"limit": 1}).json()["head"]
    with page.expect_response("**/articles") as refused:
        page.click("#append-button")
    assert refused.value.status == 401
    page.wait_for_selector("#append-result.failed")
    assert "401" in page.locator("#append-result").inner_text()
    assert httpx.get(f"{guarded.url}/events", params={"limit": 1}).json()["head"] == head
    page.fill("#write-token", TOKEN)
    with page.expect_response("**/articles") as accepted:
        page.click("#append-button")
    assert accepted.value.status == 200
    page.wait_for_selector("#append-link a")
    assert httpx.get(f"{guarded.url}/events", params={"limit": 1}).json()["head"] > head
    page.screenshot(path=str(tmp_path / "screenshot.png"))
    assert not errors
    context.close()
