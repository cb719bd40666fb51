"""The SQLite adapter against the shared suite, plus what only an on-disk file can show."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from events.audit import verify
from events.sqlite.log import SqliteEventLog
from tests.adapters.event_log_conformance import EventLogConformance
from tests.support.factories import announced


@pytest.fixture
async def log(tmp_path: Path) -> AsyncIterator[SqliteEventLog]:
    log = SqliteEventLog(tmp_path / "events.sqlite3", poll_interval_s=0.05)
    yield log
    await log.close()


class TestSqliteEventLog(EventLogConformance):
    async def test_survives_reopen(self, tmp_path: Path) -> None:
        path = tmp_path / "e.sqlite3"
        first = SqliteEventLog(path)
        await first.append([announced(n=1)])
        await first.close()
        second = SqliteEventLog(path)
        assert await second.head() == 1
        assert (await second.append([announced(n=1)])).appended[0].duplicate
        await second.close()

    async def test_verify_names_the_altered_position(self, log: SqliteEventLog) -> None:
        await log.append([announced(n=i) for i in range(6)])
        with sqlite3.connect(log.path) as conn:
            body = conn.execute("SELECT body FROM events WHERE position = 4").fetchone()[0]
            conn.execute(
                "UPDATE events SET body = ? WHERE position = 4",
                (body.replace("Guest 3", "Guest 9"),),
            )
        report = await verify(log)
        assert not report.ok and report.first_bad_position == 4
        assert report.reason == "content does not match its hash"
