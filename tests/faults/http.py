"""HTTP helpers of the fault tests: fact submissions, timed calls, every event of the log."""

from __future__ import annotations

import time
from typing import Any

import httpx

PEOPLE = [f"Person {i}" for i in range(30)]


def submission(n: int, facts: int = 4) -> dict[str, Any]:
    """Article `n`: `facts` meetings in the gold shape (5 events with ArticleIngested)."""
    return {
        "source": {"article": f"fault-{n}", "published": "2021-11-01", "url": None},
        "facts": [
            {
                "kind": "MeetingHeld" if (n + i) % 3 else "MeetingAnnounced",
                "participants": [PEOPLE[(n + i) % 30], PEOPLE[(n * 7 + i + 1) % 30]],
                "place": f"Place {n % 11}",
                "date": f"2021-{(n + i) % 12 + 1:02d}-{(n * 3 + i) % 28 + 1:02d}",
            }
            for i in range(facts)
        ],
    }


def timed(method: str, url: str, **kwargs: Any) -> tuple[httpx.Response, float]:
    started = time.monotonic()
    answer = httpx.request(method, url, timeout=60, **kwargs)
    return answer, time.monotonic() - started


def all_events(base: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    after = 0
    while True:
        page = httpx.get(f"{base}/events", params={"after": after, "limit": 1000}, timeout=60)
        page.raise_for_status()
        events = page.json()["events"]
        if not events:
            return out
        out += events
        after = events[-1]["position"]
