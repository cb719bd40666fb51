"""The real app served by uvicorn in a subprocess: SQLite on disk, the test Redis server,
role tokens set. What schemathesis and the bad-input corpus talk to over HTTP."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from tests.e2e.conftest import REPO, free_port

WRITER, ADMIN, READER = "writer-token-1", "admin-token-1", "reader-token-1"


@dataclass
class Served:
    url: str
    data_dir: Path

    def head(self) -> int:
        """The log head, read straight from the SQLite file (not through the API)."""
        import sqlite3

        with sqlite3.connect(self.data_dir / "events.sqlite3") as db:
            row = db.execute("SELECT COALESCE(MAX(position), 0) FROM events").fetchone()
        return int(row[0])


@contextmanager
def served_app(data_dir: Path, redis_url: str, prefix: str, **env_extra: str) -> Iterator[Served]:
    port = free_port()
    env = {
        **os.environ,
        "FACTSTREAM_DATA_DIR": str(data_dir),
        "REDIS_URL": redis_url,
        "FACTSTREAM_REDIS_PREFIX": prefix,
        "FACTSTREAM_WRITE_TOKEN": WRITER,
        "FACTSTREAM_ADMIN_TOKEN": ADMIN,
        "FACTSTREAM_STREAM_HEARTBEAT_S": "0.5",
        **env_extra,
    }
    env.pop("FACTSTREAM_BACKEND", None)
    log = (data_dir / "uvicorn.log").open("wb")
    process = subprocess.Popen(
        [
            *(sys.executable, "-m", "uvicorn", "services.api.main:create_app", "--factory"),
            *("--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"),
        ],
        cwd=REPO,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 180  # a loaded 2-core machine starts slowly
        while True:
            if process.poll() is not None:
                raise RuntimeError((data_dir / "uvicorn.log").read_text())
            try:
                if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("the app did not start within 180 s")
            time.sleep(0.1)
        yield Served(url, data_dir)
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()
