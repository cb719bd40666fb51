from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from services.api.main import create_app
from services.settings import Settings

_n = itertools.count()


def make_settings(tmp_path: Path, redis_url: str, **extra: object) -> Settings:
    return Settings(
        data_dir=tmp_path,
        redis_url=redis_url,
        redis_prefix=f"api{next(_n)}",
        max_body_bytes=64 * 1024,
        **extra,
    )  # type: ignore[arg-type]


@pytest.fixture
def client(tmp_path: Path, redis_server: str) -> Iterator[TestClient]:
    with TestClient(create_app(make_settings(tmp_path, redis_server))) as c:
        yield c
