"""Browser tests: the desk in a real headless Chromium against a running stack (the
reference article ingested, as `make run` does). Each test saves a screenshot in its
output folder (pytest's tmp_path) and, for a look after the run, under test-output/browser/.
Any console error or uncaught page error fails the test. Under CI=true a missing browser
fails instead of skipping."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import in_ci
from tests.e2e.conftest import Stack, start_stack, stop_stack
from tests.support.chromium import LAUNCH_ARGS, chromium_path

REPO = Path(__file__).resolve().parents[2]
OUTPUT = REPO / "test-output" / "browser"


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    """Per module: Playwright's sync API keeps an event loop running in this thread while it
    is open, which would break the asyncio tests of the tiers that run after this one."""
    path = chromium_path()
    if path is None:
        message = "no chromium for the browser tests (make browser installs Debian's package)"
        pytest.fail(message) if in_ci() else pytest.skip(message)  # CI: fail, never skip
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=path, headless=True, args=LAUNCH_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """One stack for the browser tier, started like `make run` (reference article in)."""
    running = start_stack(tmp_path_factory.mktemp("desk"), "--ingest-reference")
    yield running
    stop_stack(running)


class Problems:
    def __init__(self) -> None:
        self.errors: list[str] = []

    def console(self, message: Any) -> None:
        if message.type == "error":
            self.errors.append(f"console error: {message.text} at {message.location}")

    def page_error(self, error: Any) -> None:
        self.errors.append(f"page error: {error}")


@pytest.fixture
def page(
    chromium: Any, desk: Stack, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[Any]:
    context = chromium.new_context(base_url=desk.url, viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    problems = Problems()
    tab.on("console", problems.console)
    tab.on("pageerror", problems.page_error)
    yield tab
    shot = tmp_path / "screenshot.png"
    tab.screenshot(path=str(shot), full_page=True)
    OUTPUT.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(shot, OUTPUT / (re.sub(r"[^\w.-]+", "_", request.node.name) + ".png"))
    context.close()
    assert not problems.errors, problems.errors


def post_facts(desk: Stack, body: dict[str, Any]) -> dict[str, Any]:
    response = httpx.post(f"{desk.url}/facts", json=body, timeout=30)
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return result
