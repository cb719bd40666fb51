"""POST /articles: extraction into events, idempotent, same projections as the gold facts."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from services.api.main import create_app
from tests.conftest import REFERENCE_TEXT
from tests.support.app import make_settings


def settle(client: TestClient) -> None:
    head = client.get("/events", params={"limit": 1}).json()["head"]
    deadline = time.monotonic() + 30
    for name in ("meetings", "territories"):
        while client.get(f"/projections/{name}/status").json()["position"] < head:
            assert time.monotonic() < deadline
            time.sleep(0.02)


def summary(client: TestClient) -> dict[str, Any]:
    """What an analyst reads: each meeting's status, place, date and claim kinds; each
    territory's controller history and peacekeepers."""
    meetings = {
        m["id"]: (
            m["status"],
            m["place"] and m["place"]["name"],
            m["date"]["value"],
            sorted(c["kind"] for c in m["claims"]),
            sorted({e["name"] for c in m["claims"] for e in c["claimed_by"]}),
        )
        for m in client.get("/projections/meetings").json()["meetings"]
    }
    territories = {
        t["key"]: (
            [c["controller"]["name"] for c in t["control"]],
            [p["present"] for p in t["peacekeepers"]],
        )
        for t in client.get("/projections/territories").json()["territories"]
    }
    return {"meetings": meetings, "territories": territories}


def test_article_fills_projections_as_the_gold_facts_do(
    tmp_path: Path, redis_server: str, reference_submission: dict[str, Any]
) -> None:
    article = {
        "text": REFERENCE_TEXT.read_text(encoding="utf-8"),
        "published": "2021-11-23",
        "url": None,
        "language": "ru",
    }
    with TestClient(create_app(make_settings(tmp_path / "a", redis_server))) as extracted:
        first = extracted.post("/articles", json=article)
        assert first.status_code == 200, first.text
        body = first.json()
        assert body["language"] == "ru" and len(body["facts"]) == 13
        assert all(f["evidence"] for f in body["facts"])
        again = extracted.post("/articles", json=article).json()
        assert again["new_events"] == 0 and again["event_ids"] == body["event_ids"]
        settle(extracted)
        from_article = summary(extracted)
        [presence] = extracted.get("/projections/territories/nagorno-karabakh").json()[
            "peacekeepers"
        ]
    with TestClient(create_app(make_settings(tmp_path / "g", redis_server))) as curated:
        assert curated.post("/facts", json=reference_submission).status_code == 200
        settle(curated)
        from_gold = summary(curated)
    assert from_article == from_gold
    # the force is named differently, but both names are gold alternatives
    [gold_force] = [f["force"] for f in reference_submission["facts"] if "force" in f]
    assert presence["force"]["name"] in gold_force


def test_bad_articles_get_clear_errors_and_append_nothing(client: TestClient) -> None:
    def post(body: dict[str, Any]) -> tuple[int, str]:
        response = client.post("/articles", json=body)
        return response.status_code, str(response.json().get("detail"))

    ok = {"published": "2021-11-23", "url": None}
    assert post({**ok, "text": ""})[0] == 422
    assert post({**ok, "text": "Пашинян", "published": "2021-02-30"})[0] == 422
    assert post({"text": "Пашинян"})[0] == 422
    assert post({**ok, "text": "x" * 3_000_000})[0] == 413
    status, _ = post({**ok, "text": "\x00\x01\x02 garbage ### 12345"})
    assert status in (200, 422)
    if status == 200:
        assert (
            client.post("/articles", json={**ok, "text": "\x00\x01\x02 garbage ### 12345"}).json()[
                "facts"
            ]
            == []
        )
    head = client.get("/events", params={"limit": 1}).json()["head"]
    assert head <= 1  # at most the ArticleIngested of the garbage (zero facts, with a reason)


def test_extracted_dates_say_how_they_were_found(client: TestClient) -> None:
    """Events from an article carry the extractor's derivation, never 'curated'."""
    text = (
        "МОСКВА, 23 ноября. /ТАСС/. Во вторник в Сочи Путин провёл переговоры с Алиевым, "
        "сообщили в Кремле. В сентябре 2020 года в Карабахе возобновились боевые действия."
    )
    body = {"text": text, "published": "2021-11-25", "url": None, "language": "ru"}
    assert client.post("/articles", json=body).status_code == 200
    events = client.get("/events", params={"limit": 50}).json()["events"]
    derivations = {
        e["type"]: e["data"]["date"]["derivation"]
        for e in events
        if isinstance(e.get("data"), dict) and isinstance(e["data"].get("date"), dict)
    }
    assert derivations, events
    assert all(not d.startswith("curated") for d in derivations.values())
    assert any(d.startswith("relative") for d in derivations.values())
    assert any(d.startswith("explicit") for d in derivations.values())
