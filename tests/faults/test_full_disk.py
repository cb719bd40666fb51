"""A full disk under the event log: appends answer 507 naming the disk, nothing partial is
written, reads and the chain stay good, and appends work again once there is room.

The data dir is a 1 MiB tmpfs mounted in a user + mount namespace (`unshare -rm`, no root
needed). Where user namespaces are not allowed, the same is done with RLIMIT_FSIZE (the
file-size limit: SQLite sees a short write exactly as on a full disk). Redis is the test's
own, off the small disk, so only the log runs out of room.
"""

from __future__ import annotations

import resource
import shutil
import signal
import subprocess
from collections import Counter
from pathlib import Path

import httpx
import pytest

from tests.faults.http import all_events, submission
from tests.faults.procs import RedisServer, Serve

pytestmark = [pytest.mark.faults, pytest.mark.timeout(180)]
DISK_BYTES = 1024 * 1024
FACTS = 40  # per submission: 41 events, ~40 kB in the log


def _user_namespaces() -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "-rm", "true"], capture_output=True, timeout=10)
    return probe.returncode == 0


def _file_size_limit() -> None:  # runs in the child before exec
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a short write, not a killed process
    resource.setrlimit(resource.RLIMIT_FSIZE, (DISK_BYTES, DISK_BYTES))


def _small_disk_serve(tmp_path: Path, redis_url: str, mode: str) -> tuple[Serve, str]:
    disk = tmp_path / "disk"
    disk.mkdir()
    serve = Serve(disk, {"REDIS_URL": redis_url}, log_dir=tmp_path)
    if mode == "tmpfs" and _user_namespaces():
        mount = f'mount -t tmpfs -o size={DISK_BYTES} tmpfs "{disk}" && exec "$@"'
        serve.wrap = ["unshare", "-rm", "sh", "-c", mount, "sh"]
        return serve, f"tmpfs of {DISK_BYTES} bytes"
    serve.preexec = _file_size_limit
    return serve, f"RLIMIT_FSIZE of {DISK_BYTES} bytes"


@pytest.mark.parametrize("mode", ["tmpfs", "rlimit"])
def test_a_full_disk_refuses_appends_with_507_and_keeps_the_log(
    tmp_path: Path, own_redis: RedisServer, mode: str
) -> None:
    """`tmpfs` falls back to the file-size limit where it cannot mount (said in FIGURE)."""
    serve, how = _small_disk_serve(tmp_path, own_redis.url, mode)
    serve.start()
    try:
        acked: set[str] = set()
        refused = None
        for n in range(200):
            answer = httpx.post(f"{serve.url}/facts", json=submission(n, FACTS), timeout=60)
            if answer.status_code != 200:
                refused = (n, answer)
                break
            acked |= set(answer.json()["event_ids"])
        assert refused is not None, f"the {how} never filled up"
        n, answer = refused
        assert answer.status_code == 507, answer.text
        assert "disk is unavailable" in answer.json()["detail"], answer.text
        assert "nothing was written" in answer.json()["detail"]
        assert int(answer.headers["Retry-After"]) >= 1
        print(f"FIGURE full disk ({how}): 507 after {len(acked)} acknowledged events")

        again = httpx.post(f"{serve.url}/facts", json=submission(n, FACTS), timeout=60)
        assert again.status_code == 507, again.text  # still full, still refused cleanly
        events = all_events(serve.url)
        ids = Counter(e["id"] for e in events)
        assert set(ids) == acked and max(ids.values()) == 1  # nothing of the refused one
        verified = httpx.get(f"{serve.url}/audit/verify", timeout=60).json()
        assert verified["ok"] and verified["checked"] == len(acked), verified
        small = httpx.post(f"{serve.url}/facts", json=submission(10_000, 1), timeout=60)
        assert small.status_code in (200, 507), small.text  # fits or not: never a 500
    finally:
        serve.stop()
