"""The README's pictures of the desk, from the reference data, in headless Chromium.

    python bench/desk_screenshot.py   # writes docs/desk-board.png and docs/desk-map.png

Starts `factstream serve --ingest-reference` on a fresh data dir, appends the dated
handovers of the browser tests (Aghdam, Kalbajar, Lachin) and photographs the board and
the map on 2020-11-26 with Kalbajar's panel open.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.browser.test_map import HANDOVERS
from tests.e2e.conftest import start_stack, stop_stack
from tests.support.chromium import LAUNCH_ARGS, chromium_path

ROOT = Path(__file__).resolve().parents[1]
SHOTS = {
    "desk-board.png": "/",
    "desk-map.png": "/desk/map?valid_at=2020-11-26&territory=kalbajar-district",
}


def main() -> None:
    from playwright.sync_api import sync_playwright

    path = chromium_path()
    if path is None:
        raise SystemExit("desk_screenshot: no chromium (make browser)")
    stack = start_stack(Path(tempfile.mkdtemp(prefix="fs-desk-shot-")), "--ingest-reference")
    try:
        facts = [
            {"kind": "TerritoryTransferred", "territory": name, "from": "Armenia",
             "to": "Azerbaijan", "date": day}
            for name, day in HANDOVERS
        ]  # fmt: skip
        body = {"source": {"article": "handovers-2020", "published": "2020-12-01"}, "facts": facts}
        httpx.post(f"{stack.url}/facts", json=body, timeout=30).raise_for_status()
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=path, headless=True, args=LAUNCH_ARGS
            )
            page = browser.new_page(viewport={"width": 1280, "height": 860})
            for name, route in SHOTS.items():
                page.goto(stack.url + route, wait_until="load")
                page.screenshot(path=str(ROOT / "docs" / name))
                print(f"docs/{name}")
            browser.close()
    finally:
        stop_stack(stack)


if __name__ == "__main__":
    main()
