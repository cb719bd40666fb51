"""The export, checked offline by the documented script, agrees with verify on tampering."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

SCRIPT = Path(__file__).resolve().parents[2] / "scripts/verify_export.py"


def offline(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), str(path)], capture_output=True, text=True, timeout=60
    )


def test_export_checks_out_offline_and_tampering_is_named(
    client: TestClient, reference_submission: dict[str, Any], tmp_path: Path
) -> None:
    client.post("/facts", json=reference_submission)
    good = tmp_path / "good.ndjson"
    good.write_text(client.get("/audit/export").text)
    result = offline(good)
    assert result.returncode == 0, result.stdout
    assert '"ok": true' in result.stdout and "14 events" in result.stdout

    part = tmp_path / "part.ndjson"
    part.write_text(client.get("/audit/export", params={"from": 5, "to": 9}).text)
    assert offline(part).returncode == 0

    db = sqlite3.connect(tmp_path / "events.sqlite3")
    body = db.execute("SELECT body FROM events WHERE position = 7").fetchone()[0]
    index = body.index("Armenia")
    db.execute(
        "UPDATE events SET body = ? WHERE position = 7", (body[:index] + "B" + body[index + 1 :],)
    )  # one byte changed
    db.commit()
    db.close()
    report = client.get("/audit/verify").json()
    assert report["ok"] is False and report["first_bad_position"] == 7
    bad = tmp_path / "bad.ndjson"
    bad.write_text(client.get("/audit/export").text)
    result = offline(bad)
    assert result.returncode == 1 and '"first_bad_position": 7' in result.stdout
