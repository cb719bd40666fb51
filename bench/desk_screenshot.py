"""The README's pictures of the desk, from the reference gold facts, in headless Chromium.

    python bench/desk_screenshot.py   # writes docs/desk-board.png and docs/desk-map.png

Starts `factstream serve` on a fresh data dir and appends the reference article's gold
facts (our annotation, through POST /facts: no sentence of the article, which is someone
else's text and never goes into the repository, not even as a picture) and the dated
handovers of the browser tests (Aghdam, Kalbajar, Lachin); photographs the board and the
map on 2020-11-26 with Kalbajar's panel open.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.browser.test_map import HANDOVERS
from tests.e2e.conftest import start_stack, stop_stack
from tests.support.chromium import LAUNCH_ARGS, chromium_path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "corpus" / "gold" / "000_25647d25b5e993b4.json"
SHOTS = {
    "desk-board.png": "/",
    "desk-map.png": "/desk/map?valid_at=2020-11-26&territory=kalbajar-district",
}


def main() -> None:
    from playwright.sync_api import sync_playwright

    path = chromium_path()
    if path is None:
        raise SystemExit("desk_screenshot: no chromium (make browser)")
    stack = start_stack(Path(tempfile.mkdtemp(prefix="fs-desk-shot-")))
    try:
        gold = json.loads(GOLD.read_text(encoding="utf-8"))
        source = {"article": "reference-gold", "published": gold["published"]}
        reference = {"source": source, "facts": gold["facts"]}
        httpx.post(f"{stack.url}/facts", json=reference, timeout=30).raise_for_status()
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
