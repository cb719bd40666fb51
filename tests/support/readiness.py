"""Waiting, in in-process app tests, until the read models have caught up with the log."""

from __future__ import annotations

import time

from fastapi.testclient import TestClient


def wait_projected(client: TestClient, head: int, timeout_s: float = 30) -> None:
    """Until /readyz reports the log head at `head` and no projector lag."""
    deadline = time.monotonic() + timeout_s
    ready: dict[str, object] = {}
    while time.monotonic() < deadline:
        ready = client.get("/readyz").json()
        lag = ready["projector_lag"]
        if ready["log_head"] == head and isinstance(lag, dict) and set(lag.values()) == {0}:
            return
        time.sleep(0.05)
    raise AssertionError(f"read models did not reach {head}: {ready}")
