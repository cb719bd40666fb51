"""Schemathesis against the real app over HTTP (uvicorn, SQLite on disk, real Redis): every
check, every phase including the stateful one, a fixed seed and example count. The
published OpenAPI document must say exactly what the server does: 0 failures.

The longer run (`make contract-nightly`) sets SCHEMATHESIS_EXAMPLES higher."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.contract.served_app import ADMIN, served_app

SEED = 20261130
EXAMPLES = int(os.environ.get("SCHEMATHESIS_EXAMPLES", "25"))


def run_schemathesis(url: str, workdir: Path) -> tuple[int, str]:
    st = Path(sys.executable).with_name("schemathesis")
    command = [
        str(st),
        "run",
        f"{url}/openapi.json",
        "--checks",
        "all",
        "--phases",
        "examples,coverage,fuzzing,stateful",
        "--seed",
        str(SEED),
        "--max-examples",
        str(EXAMPLES),
        "--workers",
        "1",
        "--request-timeout",
        "1",  # /events/stream follows the log forever; 1 s of it is enough to check
        "--generation-database",
        "none",
        "--no-color",
        "-H",
        f"Authorization: Bearer {ADMIN}",
    ]
    done = subprocess.run(
        command, cwd=workdir, capture_output=True, text=True, timeout=1500, check=False
    )
    return done.returncode, done.stdout + done.stderr


@pytest.mark.timeout(1800)
def test_schemathesis_finds_nothing(tmp_path: Path, redis_server: str) -> None:
    with served_app(tmp_path, redis_server, f"st{os.getpid()}") as app:
        code, output = run_schemathesis(app.url, tmp_path)
        log = (tmp_path / "uvicorn.log").read_text()
    (tmp_path / "schemathesis.out").write_text(output)
    summary = output[-3000:]
    assert code == 0, summary
    assert re.search(r"\b0 failures\b|\bNo issues found\b|passed", summary), summary
    assert "Traceback" not in log, log[-3000:]
