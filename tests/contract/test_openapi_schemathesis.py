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


ALL_PHASES = "examples,coverage,fuzzing,stateful"
ONE_OPERATION = "examples,coverage,fuzzing"


def run_schemathesis(
    url: str, workdir: Path, *scope: str, timeout_s: float, phases: str = ALL_PHASES
) -> tuple[int, str]:
    st = Path(sys.executable).with_name("schemathesis")
    command = [
        str(st),
        "run",
        f"{url}/openapi.json",
        "--checks",
        "all",
        "--phases",
        phases,
        "--seed",
        str(SEED),
        "--max-examples",
        str(EXAMPLES),
        "--workers",
        "1",
        "--request-timeout",
        str(timeout_s),
        "--generation-database",
        "none",
        "--no-color",
        "-H",
        f"Authorization: Bearer {ADMIN}",
        *scope,
    ]
    done = subprocess.run(
        command, cwd=workdir, capture_output=True, text=True, timeout=1500, check=False
    )
    return done.returncode, done.stdout + done.stderr


# /events/stream follows the log for ever: schemathesis reads it until its request timeout,
# so it runs on its own with a short one; every other operation gets a generous one (the
# machine is shared while `make test` runs).
STREAM = "/events/stream"


@pytest.mark.timeout(1800)
def test_schemathesis_finds_nothing(tmp_path: Path, redis_server: str) -> None:
    with served_app(tmp_path, redis_server, f"st{os.getpid()}") as app:
        runs = [
            run_schemathesis(app.url, tmp_path, "--exclude-path", STREAM, timeout_s=30),
            # One operation, no links: nothing for the stateful phase to chain.
            run_schemathesis(
                app.url, tmp_path, "--include-path", STREAM, phases=ONE_OPERATION, timeout_s=1
            ),
        ]
        log = (tmp_path / "uvicorn.log").read_text()
    for n, (code, output) in enumerate(runs):
        (tmp_path / f"schemathesis-{n}.out").write_text(output)
        failures = "\n".join(
            re.findall(r"^(?:- ST\d+.*|.*Network Error.*|\[\d{3}\].*)$", output, re.M)
        )
        assert code == 0, f"{failures}\n{output[-3000:]}"
        assert "Tested: " in output, output[-3000:]
    assert "Traceback" not in log, log[-3000:]
