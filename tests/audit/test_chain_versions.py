"""A log written under chain rule 1 keeps verifying after rule-2 events are appended on top of
it: verify and the offline export check follow each event's rule and name tampering in
either part at its exact position (embedded log; the Kafka twin is in
tests/integration/test_kafka_tamper.py)."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from contracts.chain import GENESIS
from events.audit import verify
from events.records import content_key
from events.sqlite.log import SqliteEventLog
from services.readside.audit_export import export_lines
from tests.support.factories import announced, statement
from tests.support.legacy_chain import seal_rule_1

SCRIPT = Path(__file__).resolve().parents[2] / "scripts/verify_export.py"
THEN = dt.datetime(2025, 1, 2, 3, 4, 5, tzinfo=dt.UTC)


def _write_rule_1_rows(path: Path, count: int) -> None:
    db = sqlite3.connect(path)
    prev = GENESIS
    for position in range(1, count + 1):
        event = announced(stream="article:old", n=position)
        _, digest, text = seal_rule_1(
            event, position=position, stream_version=position, prev_hash=prev, recorded_at=THEN
        )
        db.execute(
            "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (position, event.id, event.stream_id, position, event.type, content_key(event),
             digest, text),
        )  # fmt: skip
        prev = digest
    db.commit()
    db.close()


async def _offline(log: SqliteEventLog, path: Path) -> tuple[int, dict[str, object]]:
    path.write_text("".join([line async for line in export_lines(log)]))
    done = subprocess.run(
        [sys.executable, str(SCRIPT), str(path)], capture_output=True, text=True, timeout=60
    )
    return done.returncode, json.loads(done.stdout)


def _tamper(path: Path, position: int, old: str, new: str) -> None:
    db = sqlite3.connect(path)
    body = db.execute("SELECT body FROM events WHERE position = ?", (position,)).fetchone()[0]
    assert old in body
    db.execute("UPDATE events SET body = ? WHERE position = ?", (body.replace(old, new), position))
    db.commit()
    db.close()


async def test_a_rule_1_log_grows_under_rule_2_and_both_parts_verify(tmp_path: Path) -> None:
    path = tmp_path / "events.sqlite3"
    log = SqliteEventLog(path)
    try:
        _write_rule_1_rows(path, 3)
        again = await log.append([announced(stream="article:old", n=1)])
        assert again.appended[0].duplicate  # the old content key still matches: idempotent
        result = await log.append([statement(n=i) for i in range(3)])
        assert [a.position for a in result.appended] == [4, 5, 6]
        bodies = [json.loads(r.body) for r in await log.read_records()]
        assert [b.get("chain_rule") for b in bodies] == [None, None, None, 2, 2, 2]
        report = await verify(log)
        assert report.ok and report.checked == 6
        assert await _offline(log, tmp_path / "good.ndjson") == (
            0,
            {"ok": True, "first_bad_position": None, "message": _ok_message(report.last_hash)},
        )
        events = await log.read_all()
        assert [e.chain_rule for e in events] == [None, None, None, 2, 2, 2]

        _tamper(path, 5, "Speaker 1", "Speaker 9")  # a rule-2 event
        report = await verify(log)
        assert (report.ok, report.first_bad_position) == (False, 5)
        code, out = await _offline(log, tmp_path / "bad5.ndjson")
        assert (code, out["first_bad_position"]) == (1, 5)

        _tamper(path, 2, "Guest 2", "Guest 7")  # a rule-1 event, earlier
        report = await verify(log)
        assert (report.ok, report.first_bad_position) == (False, 2)
        code, out = await _offline(log, tmp_path / "bad2.ndjson")
        assert (code, out["first_bad_position"]) == (1, 2)
    finally:
        await log.close()


def _ok_message(last_hash: str) -> str:
    return f"6 events check out; last hash {last_hash}"
