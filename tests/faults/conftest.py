"""Fault tests: real processes killed and stopped by pid, every wait bounded."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.faults.procs import RedisServer


@pytest.fixture
def own_redis() -> Iterator[RedisServer]:
    """A redis-server of this test's own, free to kill -9 (never the shared one)."""
    server = RedisServer().start()
    yield server
    server.kill9()
