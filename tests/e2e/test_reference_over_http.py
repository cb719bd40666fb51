"""End to end: the reference article's gold facts over HTTP against a running service."""

from __future__ import annotations

import json
import sqlite3
import time
from typing import Any

import httpx
import pytest

from tests.e2e.conftest import Stack, stop_stack

pytestmark = pytest.mark.e2e
TRILATERAL = "ilham-aliyev+nikol-pashinyan+vladimir-putin@2021-11-26"


def wait_projected(url: str, head: int) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        lags = httpx.get(f"{url}/readyz").json().get("projector_lag", {})
        if lags and all(v == 0 for v in lags.values()):
            return
        time.sleep(0.1)
    raise AssertionError(f"projector did not reach {head}")


def test_reference_gold_facts_end_to_end(
    stack: Stack, reference_submission: dict[str, Any]
) -> None:
    first = httpx.post(f"{stack.url}/facts", json=reference_submission, timeout=30).json()
    wait_projected(stack.url, first["head"])

    trilateral = httpx.get(f"{stack.url}/projections/meetings/{TRILATERAL}").json()
    assert trilateral["status"] == "announced"
    assert (trilateral["place"]["name"], trilateral["date"]["value"]) == ("Sochi", "2021-11-26")
    denial = [c for c in trilateral["claims"] if c["kind"] == "MeetingDenied"]
    assert denial[0]["claimed_by"][0]["name"] == "Office of the Prime Minister of Armenia"
    bilateral = [
        m
        for m in httpx.get(f"{stack.url}/projections/meetings").json()["meetings"]
        if len(m["participants"]) == 2
    ]
    assert sorted(m["id"] for m in bilateral) == [
        "ilham-aliyev+vladimir-putin@2021-11-26",
        "nikol-pashinyan+vladimir-putin@2021-11-26",
    ]
    assert all(m["status"] == "announced" for m in bilateral)
    for key in ("kalbajar-district", "lachin-district", "aghdam-district"):
        territory = httpx.get(f"{stack.url}/projections/territories/{key}").json()
        assert territory["controller"]["name"] == "Azerbaijan"
        assert territory["control"][0]["controller"]["name"] == "Armenia"

    again = httpx.post(f"{stack.url}/facts", json=reference_submission, timeout=30).json()
    assert again["event_ids"] == first["event_ids"] and again["head"] == first["head"]
    assert again["new_events"] == 0

    rebuilt = stack.cli("rebuild", "--into", "rebuild-e2e")
    assert rebuilt.returncode == 0, rebuilt.stdout + rebuilt.stderr
    report = json.loads(rebuilt.stdout)
    for slot in ("meetings.v1", "territories.v1"):
        assert report["projections"][slot]["rebuilt"] == report["projections"][slot]["live"]

    verified = stack.cli("verify")
    assert verified.returncode == 0 and json.loads(verified.stdout)["checked"] == 14


def test_verify_names_the_altered_position(
    stack: Stack, reference_submission: dict[str, Any]
) -> None:
    httpx.post(f"{stack.url}/facts", json=reference_submission, timeout=30)
    stop_stack(stack)
    db = sqlite3.connect(f"{stack.env['FACTSTREAM_DATA_DIR']}/events.sqlite3")
    body = db.execute("SELECT body FROM events WHERE position = 9").fetchone()[0]
    db.execute(
        "UPDATE events SET body = ? WHERE position = 9",
        (body.replace('"Armenia"', '"Armenie"', 1),),
    )
    db.commit()
    db.close()
    verified = stack.cli("verify")
    assert verified.returncode == 1
    report = json.loads(verified.stdout)
    assert report["first_bad_position"] == 9 and report["checked"] == 8
