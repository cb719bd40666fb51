"""Every case of the bad-input corpus gets a 4xx that says what is wrong, never a 5xx, and
the log head does not move (read from the SQLite file before and after each case)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest

from tests.contract.bad_inputs import CASES, FACT, FACT_ID, Case
from tests.contract.served_app import ADMIN, READER, REPO, Served, served_app

NO_LIMIT = {"FACTSTREAM_ARTICLE_RATE_PER_MINUTE": "0", "FACTSTREAM_READ_TOKEN": READER}


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory, redis_server: str) -> Iterator[Served]:
    data = tmp_path_factory.mktemp("corpus")
    with served_app(data, redis_server, f"corpus{os.getpid()}", **NO_LIMIT) as served:
        body = {"source": {"article": "seed-1", "published": "2021-11-23"}, "facts": [FACT]}
        seeded = httpx.post(
            f"{served.url}/facts", json=body, headers={"Authorization": f"Bearer {ADMIN}"}
        )
        assert seeded.status_code == 200, seeded.text
        served.fact_id = seeded.json()["event_ids"][1]  # type: ignore[attr-defined]
        yield served


def _raw(url: str, request: bytes) -> tuple[int, str]:
    parts = urlsplit(url)
    with socket.create_connection((parts.hostname, parts.port), timeout=10) as sock:
        sock.sendall(request)
        received = b""
        while chunk := sock.recv(65536):
            received += chunk
            if b"\r\n\r\n" in received and _complete(received):
                break
    head, _, body = received.partition(b"\r\n\r\n")
    return int(head.split(b" ", 2)[1]), body.decode("utf-8", "replace")


def _complete(received: bytes) -> bool:
    """The whole response is in when its Content-Length is; without one, at close."""
    head, _, body = received.partition(b"\r\n\r\n")
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            return len(body) >= int(line.split(b":", 1)[1])
    return False


def _drip(data: bytes) -> Iterator[bytes]:
    step = max(1, len(data) // 10)
    for i in range(0, len(data), step):
        time.sleep(0.1)
        yield data[i : i + step]


def send(app: Served, case: Case) -> tuple[int, str]:
    path = case.path.replace(FACT_ID, app.fact_id)  # type: ignore[attr-defined]
    if case.raw is not None:
        return _raw(app.url, case.raw)
    headers = dict(case.headers)
    if case.token is not None:
        headers["Authorization"] = f"Bearer {case.token}"
    content = case.content
    if case.json is not None:
        content = json.dumps(case.json).encode()
    if content is not None and "Content-Type" not in headers:
        headers["Content-Type"] = "application/json"
    body: bytes | Iterator[bytes] | None = _drip(content) if case.slow and content else content
    response = httpx.request(
        case.method,
        f"{app.url}{path}",
        params=case.params,
        content=body,
        headers=headers,
        timeout=30,
    )
    return response.status_code, response.text


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_input_gets_a_clear_4xx_and_appends_nothing(app: Served, case: Case) -> None:
    before = app.head()
    status, text = send(app, case)
    assert app.head() == before, f"{case.name}: the log moved"
    assert status in case.expect, f"{case.name}: {status} {text[:300]}"
    if case.raw is None or status != 400:  # h11's own 400s are plain text
        detail = json.loads(text)["detail"]
        assert isinstance(detail, str) and detail, text
        assert case.says in detail, f"{case.name}: {detail[:300]!r} lacks {case.says!r}"
    else:
        assert text.strip(), "a 400 with no message"


def test_the_corpus_is_large_enough() -> None:
    assert len(CASES) + len(CLI_CASES) >= 80


# ---- the CLI: bad files are a message and exit code 2; nothing is appended ----------

CLI_CASES: list[tuple[str, list[str], bytes | None, str]] = [
    ("facts: empty file", ["facts", "{file}"], b"", "not valid JSON"),
    ("facts: binary", ["facts", "{file}"], bytes(range(256)), "not UTF-8"),
    ("facts: invalid UTF-8", ["facts", "{file}"], b'{"published": "\xff"}', "not UTF-8"),
    ("facts: JSON array", ["facts", "{file}"], b"[]", "expected a JSON object"),
    ("facts: nested 100k deep", ["facts", "{file}"], b"[" * 100_000 + b"]" * 100_000, "JSON"),
    ("facts: no published", ["facts", "{file}"], b'{"facts": []}', "published"),
    (
        "facts: 100,000-char place",
        ["facts", "{file}"],
        json.dumps(
            {"published": "2021-11-23", "facts": [{**FACT, "place": "P" * 100_000}]}
        ).encode(),
        "at most 200 characters",
    ),
    (
        "facts: unknown kind",
        ["facts", "{file}"],
        b'{"published": "2021-11-23", "facts": [{"kind": "Teleported"}]}',
        "unknown kind",
    ),
    (
        "facts: impossible date",
        ["facts", "{file}"],
        b'{"published": "2021-02-30", "facts": []}',
        "calendar",
    ),
    ("facts: missing file", ["facts", "/nonexistent/x.json"], None, "cannot be read"),
    ("facts: a directory", ["facts", "/tmp"], None, "cannot be read"),
    ("ingest: empty text", ["ingest", "{file}", "--published", "2021-11-23"], b"", "text"),
    ("ingest: binary", ["ingest", "{file}", "--published", "2021-11-23"], b"\xff\xfe", "UTF-8"),
    (
        "ingest: impossible date",
        ["ingest", "{file}", "--published", "2021-13-01"],
        "Текст.".encode(),
        "calendar",
    ),
    (
        "ingest: 10 MB file",
        ["ingest", "{file}", "--published", "2021-11-23"],
        b"a" * 10**7,
        "larger",
    ),
]


@pytest.mark.parametrize("name,args,content,says", CLI_CASES, ids=[c[0] for c in CLI_CASES])
def test_bad_cli_input_is_a_message_and_exit_2(
    app: Served, tmp_path: Path, name: str, args: list[str], content: bytes | None, says: str
) -> None:
    file = tmp_path / "input.json"
    if content is not None:
        file.write_bytes(content)
    env = {**os.environ, "FACTSTREAM_DATA_DIR": str(app.data_dir)}
    before = app.head()
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "services.cli.main",
            *(a.replace("{file}", str(file)) for a in args),
        ],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert app.head() == before
    assert done.returncode == 2, done.stderr[-2000:]
    assert "Traceback" not in done.stderr
    assert says in done.stderr, done.stderr[-1000:]
