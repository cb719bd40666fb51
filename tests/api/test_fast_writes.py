"""`POST /facts` answered before routing (services/api/fast_writes.py): for every request,
the same status, body and headers as the route gives, and every check the route makes (the
write token, the body's type, JSON and schema, refused facts, the body limit) still made."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from events.dependency import DependencyUnavailable
from services.api import fast_writes
from services.api.main import create_app
from tests.support.app import make_settings

VOLATILE = {"x-request-id", "date"}
JSON = {"Content-Type": "application/json"}


def _requests(reference: dict[str, Any]) -> list[tuple[bytes, dict[str, str]]]:
    moved = {"kind": "TerritoryTransferred", "territory": "Lachin district", "to": "Armenia"}
    several = {
        "source": {"article": "fast-w-1", "published": "2022-01-01", "url": "https://x.org/a"},
        "facts": [moved, {**moved, "territory": "Шуши", "date": "2022-01-02"}, moved],
    }
    unknown = {"source": several["source"], "facts": [{"kind": "Nope"}]}
    refused = {"source": several["source"], "facts": [{"kind": "TerritoryTransferred"}]}
    extra = {**several, "more": 1}
    body = json.dumps(reference).encode()
    return [
        (body, JSON),
        (body, JSON),  # a repeat: every event a duplicate
        (json.dumps(several).encode(), JSON),
        (json.dumps(several).encode(), {"Content-Type": "application/json; charset=utf-8"}),
        (json.dumps(several).encode(), {"Content-Type": "text/plain"}),
        (json.dumps(several).encode(), {}),
        (b"{not json", JSON),
        (json.dumps(unknown).encode(), JSON),
        (json.dumps(refused).encode(), JSON),
        (json.dumps(extra).encode(), JSON),
        (b"x" * (65 * 1024), JSON),  # over the body limit: 413
    ]


def _answers(client: TestClient, reference: dict[str, Any]) -> list[tuple[Any, ...]]:
    out = []
    for content, headers in _requests(reference):
        answer = client.post("/facts", content=content, headers=headers)
        kept = sorted((k, v) for k, v in answer.headers.items() if k not in VOLATILE)
        out.append((answer.status_code, answer.content, kept))
    return out


def test_every_answer_is_the_routes(
    tmp_path: Path,
    redis_server: str,
    reference_submission: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fast: list[bool] = []
    answered = fast_writes.FastWrites._answered

    async def counted(self: Any, *args: Any) -> bool:
        fast.append(await answered(self, *args))
        return fast[-1]

    monkeypatch.setattr(fast_writes.FastWrites, "_answered", counted)
    with TestClient(create_app(make_settings(tmp_path / "fast", redis_server))) as client:
        quick = _answers(client, reference_submission)
        metrics = client.get("/metrics").text
    assert fast[:3] == [True, True, True]  # the successes; a JSON charset goes to the route
    assert 'route="/facts",status="200"' in metrics and 'route="unmatched"' not in metrics

    async def never(self: Any, *args: Any) -> bool:
        return False

    monkeypatch.setattr(fast_writes.FastWrites, "_answered", never)
    with TestClient(create_app(make_settings(tmp_path / "route", redis_server))) as client:
        routed = _answers(client, reference_submission)
    assert [a[0] for a in quick] == [200, 200, 200, 200, 422, 422, 400, 422, 422, 422, 413]
    assert quick == routed


def test_a_write_token_is_still_asked_for(tmp_path: Path, redis_server: str) -> None:
    moved = {"kind": "TerritoryTransferred", "territory": "Lachin district", "to": "Armenia"}
    body = {"source": {"article": "fast-w-2", "published": "2022-01-01"}, "facts": [moved]}
    settings = make_settings(tmp_path, redis_server, write_token="w")
    with TestClient(create_app(settings)) as client:
        assert client.post("/facts", json=body).status_code == 401
        assert (
            client.post("/facts", json=body, headers={"Authorization": "Bearer x"}).status_code
            == 401
        )
        answer = client.post("/facts", json=body, headers={"Authorization": "Bearer w"})
        assert answer.status_code == 200 and answer.json()["new_events"] == 2


def test_a_failed_append_is_answered_once_as_the_route_answers_it(
    tmp_path: Path, redis_server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Kafka down: the app's handler answers 503 with Retry-After, after ONE attempt (a
    second one through the route waited as long again; tests/faults/test_kafka_outage.py)."""
    moved = {"kind": "TerritoryTransferred", "territory": "Lachin district", "to": "Armenia"}
    body = {"source": {"article": "fast-w-3", "published": "2022-01-01"}, "facts": [moved]}
    answers = []
    for name, fast in (("fast", True), ("route", False)):
        with TestClient(create_app(make_settings(tmp_path / name, redis_server))) as client:
            attempts: list[int] = []

            async def down(*args: Any, attempts: list[int] = attempts, **kwargs: Any) -> Any:
                attempts.append(1)
                raise DependencyUnavailable("kafka", "no broker answered", retry_after_s=3)

            ingest = client.app.state.container.ingest  # type: ignore[attr-defined]
            monkeypatch.setattr(ingest, "ingest_facts", down)
            if not fast:

                async def never(self: Any, *args: Any) -> bool:
                    return False

                monkeypatch.setattr(fast_writes.FastWrites, "_answered", never)
            answer = client.post("/facts", json=body)
            kept = sorted((k, v) for k, v in answer.headers.items() if k not in VOLATILE)
            answers.append((answer.status_code, answer.content, kept))
            assert attempts == [1], name
    assert answers[0][0] == 503 and ("retry-after", "3") in answers[0][2]
    assert answers[0] == answers[1]
