"""`factstream tail` over a real server, its resume on a dropped stream, and the hub's life."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from services.api.main import create_app
from services.cli.tail import parse_sse
from services.settings import Settings
from tests.streaming.conftest import REPO, StartServer
from tests.streaming.sse import open_stream


def _tail(url: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "services.cli.main", "tail", "--url", url, *args],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_tail_prints_one_line_per_event_and_resumes_after_a_dropped_stream(
    make_server: StartServer, reference_submission: dict[str, Any]
) -> None:
    server = make_server()
    server.append("one", reference_submission["facts"])
    tail = _tail(server.url, "--after", "0", "--count", "28")
    assert tail.stdout is not None
    first = [tail.stdout.readline() for _ in range(14)]
    # Stop the live feed under the client: every session gets `event: error` and ends.
    hub = server.hub
    asyncio.run_coroutine_threadsafe(hub.stop(), server.loop).result(timeout=10)
    server.append("two", reference_submission["facts"])
    out, err = tail.communicate(timeout=30)
    lines = first + out.splitlines(keepends=True)
    assert tail.returncode == 0, err
    assert [int(line.split()[0]) for line in lines] == list(range(1, 29))
    assert "error shutdown (resuming)" in err
    lachin = next(line for line in lines if "lachin-district" in line)
    assert lachin.split()[1:3] == ["TerritoryTransferred", "article:one"]


def test_tail_filters_by_type(
    make_server: StartServer, reference_submission: dict[str, Any]
) -> None:
    server = make_server()
    server.append("one", reference_submission["facts"])
    tail = _tail(server.url, "--after", "0", "--type", "Territory*", "--count", "3", "--json")
    out, err = tail.communicate(timeout=30)
    assert tail.returncode == 0, err
    assert [line.count('"type":"TerritoryTransferred"') for line in out.splitlines()] == [1] * 3


def test_parse_sse_tracks_the_cursor_through_id_only_and_comment_frames() -> None:
    raw = "retry: 2000\nid: 7\n\n: heartbeat\n\nid: 8\nevent: X\ndata: {}\n\n"
    frames = list(parse_sse(iter(raw.split("\n"))))
    assert [(i, m.event if m else None) for i, m in frames] == [
        ("7", None),
        ("7", None),
        ("8", "X"),
    ]


def test_no_io_at_build_and_the_broadcaster_stops_with_the_app(
    make_server: StartServer, tmp_path: Path
) -> None:
    app = create_app(Settings(data_dir=tmp_path / "unused"))
    assert not (tmp_path / "unused").exists() and not hasattr(app.state, "stream_hub")
    server = make_server()
    assert server.subscribers() == 0 and not hasattr(server.app.state, "stream_hub")
    with open_stream(server.url) as stream:
        stream.response.iter_lines()
        server.wait_for_subscribers(1)
        assert server.hub.stats.running
    hub = server.hub
    started = time.monotonic()
    server.stop()
    assert time.monotonic() - started < 5 and not hub.stats.running
