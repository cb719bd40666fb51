"""The live feed: a fact appended through the API shows within 2 s, newest first, once;
a type filter holds for live events too."""

from __future__ import annotations

import time
from typing import Any

import pytest

from tests.browser.conftest import post_facts
from tests.e2e.conftest import Stack

pytestmark = pytest.mark.browser


def _submission(article: str, facts: list[dict[str, Any]]) -> dict[str, Any]:
    return {"source": {"article": article, "published": "2021-12-01"}, "facts": facts}


def _positions(page: Any) -> list[int]:
    found = page.locator("#feed > li").evaluate_all("ls => ls.map(l => l.dataset.position)")
    return [int(p) for p in found]


def test_appended_fact_appears_in_the_live_feed_within_two_seconds(page: Any, desk: Stack) -> None:
    page.goto("/desk/feed")
    page.wait_for_selector('#feed-status[data-state="live"]')
    before = _positions(page)
    fact = {"kind": "MeetingHeld", "participants": ["Ilham Aliyev", "Nikol Pashinyan"],
            "place": "Sochi", "date": "2021-11-26"}  # fmt: skip
    result = post_facts(desk, _submission("desk-feed-1", [fact]))
    appended = time.monotonic()
    positions = [e["position"] for e in result["events"]]
    newest = max(positions)
    page.wait_for_selector(f'#feed > li[data-position="{newest}"]', timeout=2000)
    assert time.monotonic() - appended < 2.0
    shown = _positions(page)
    assert shown[: len(positions)] == sorted(positions, reverse=True)  # newest first
    assert len(shown) == len(set(shown))  # no duplicates
    assert shown[len(positions) :] == before  # nothing lost in between
    row = page.locator(f'#feed > li[data-position="{newest}"]')
    assert "MeetingHeld" in row.inner_text() and "Nikol Pashinyan" in row.inner_text()


def test_type_filter_applies_to_live_events(page: Any, desk: Stack) -> None:
    page.goto("/desk/feed?type=MeetingDenied")
    page.wait_for_selector('#feed-status[data-state="live"]')
    assert all(
        t == "MeetingDenied"
        for t in page.locator("#feed .type").evaluate_all("ts => ts.map(t => t.textContent)")
    )
    scheduled = {"kind": "TerritoryTransferScheduled", "territory": "Qubadli District",
                 "to": "Azerbaijan", "date": "2020-12-01"}  # fmt: skip
    denied = {"kind": "MeetingDenied", "participants": ["Ilham Aliyev", "Charles Michel"],
              "denied_by": ["Hikmet Hajiyev"]}  # fmt: skip
    result = post_facts(desk, _submission("desk-feed-2", [scheduled, denied]))
    by_type = {e["type"]: e["position"] for e in result["events"]}
    page.wait_for_selector(f'#feed > li[data-position="{by_type["MeetingDenied"]}"]')
    time.sleep(0.3)
    assert page.locator(f'#feed > li[data-position="{by_type["TerritoryTransferScheduled"]}"]'
                        ).count() == 0  # fmt: skip
