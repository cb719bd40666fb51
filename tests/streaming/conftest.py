"""A real server (uvicorn on a free port, in a thread) with the embedded backend and its own
data dir, and small helpers to append gold-shaped facts and read SSE frames over HTTP."""

from __future__ import annotations

import asyncio
import itertools
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from fastapi import FastAPI

from services.api.main import create_app
from services.settings import Settings
from services.streaming.hub import Hub
from tests.e2e.conftest import REPO, free_port

__all__ = ["REPO", "Server", "StartServer", "free_port"]

_n = itertools.count()


@dataclass
class Server:
    url: str
    app: FastAPI
    server: uvicorn.Server
    thread: threading.Thread

    @property
    def hub(self) -> Hub:
        hub: Hub = self.app.state.stream_hub
        return hub

    @property
    def loop(self) -> asyncio.AbstractEventLoop:
        """The server's event loop (the hub's task runs on it)."""
        task = self.hub._task
        assert task is not None
        return task.get_loop()

    def subscribers(self) -> int:
        hub: Hub | None = getattr(self.app.state, "stream_hub", None)  # made on first use
        return 0 if hub is None else hub.stats.subscribers

    def wait_for_subscribers(self, n: int, timeout: float = 20) -> None:
        deadline = time.monotonic() + timeout
        while self.subscribers() < n:
            assert time.monotonic() < deadline, f"{self.subscribers()} of {n} subscribed"
            time.sleep(0.01)

    def append(self, article: str, facts: list[dict[str, Any]]) -> dict[str, Any]:
        body = {"source": {"article": article, "published": "2021-11-23"}, "facts": facts}
        response = httpx.post(f"{self.url}/facts", json=body, timeout=30)
        assert response.status_code == 200, response.text
        result: dict[str, Any] = response.json()
        return result

    def head(self) -> int:
        value: int = httpx.get(f"{self.url}/events", params={"limit": 1}).json()["head"]
        return value

    def log(self, params: Any = None) -> list[dict[str, Any]]:
        """The log itself, through GET /events: the oracle the stream must agree with."""
        query = [("limit", "1000"), *(params or [])]
        events: list[dict[str, Any]] = httpx.get(f"{self.url}/events", params=query).json()[
            "events"
        ]
        return events

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=15)


def start_server(tmp_path: Path, redis_url: str) -> Server:
    settings = Settings(data_dir=tmp_path, redis_url=redis_url, redis_prefix=f"sse{next(_n)}")
    app = create_app(settings)
    port = free_port()
    config = uvicorn.Config(
        app, host="127.0.0.1", port=port, log_level="warning", timeout_graceful_shutdown=1
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True, name=f"uvicorn-{port}")
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)
    return Server(f"http://127.0.0.1:{port}", app, server, thread)


StartServer = Callable[..., Server]


@pytest.fixture
def make_server(
    tmp_path: Path, redis_server: str, monkeypatch: pytest.MonkeyPatch
) -> Iterator[StartServer]:
    """Start a server with FACTSTREAM_STREAM_* settings given as keyword arguments."""
    started: list[Server] = []

    def start(**stream: object) -> Server:
        for key, value in {"heartbeat_s": 0.5, **stream}.items():
            monkeypatch.setenv(f"FACTSTREAM_STREAM_{key.upper()}", str(value))
        server = start_server(tmp_path / f"s{len(started)}", redis_server)
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


def facts_about(territories: list[str]) -> list[dict[str, Any]]:
    """Gold-shaped facts: one territory handover each."""
    return [
        {"kind": "TerritoryTransferred", "territory": t, "from": "Armenia", "to": "Azerbaijan"}
        for t in territories
    ]


def handovers(n: int, prefix: str = "Village") -> list[dict[str, Any]]:
    return facts_about([f"{prefix} {i}" for i in range(n)])


def bulky_statements(n: int, prefix: str, size: int = 40_000) -> list[dict[str, Any]]:
    """Large events (a long summary each), to fill socket buffers quickly."""
    return [
        {"kind": "StatementMade", "speaker": f"{prefix} {i}", "summary": "x" * size}
        for i in range(n)
    ]
