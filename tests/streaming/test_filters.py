"""Filters by type (names and prefixes), stream and entity, in catch-up and live; heartbeats.

The expected events come from the log itself (GET /events), so the tests say "the stream
agrees with the log" rather than hard-coding positions."""

from __future__ import annotations

from typing import Any

import httpx

from tests.streaming.conftest import StartServer
from tests.streaming.sse import open_stream


def _entity_ids(node: object) -> set[str]:
    if isinstance(node, dict):
        own = {node["id"]} if "name" in node and isinstance(node.get("id"), str) else set()
        return own.union(*(_entity_ids(v) for v in node.values()))
    if isinstance(node, list):
        return set().union(*(_entity_ids(v) for v in node))
    return set()


def test_filters_apply_in_catch_up_and_live(
    make_server: StartServer, reference_submission: dict[str, Any]
) -> None:
    server = make_server()
    facts = reference_submission["facts"]
    server.append("one", facts)
    with open_stream(server.url, {"after": 0, "type": "Territory*"}) as stream:
        got = stream.take(3)  # catch-up
        server.append("two", facts)
        got += stream.take(3)  # live
    territory = [e["position"] for e in server.log() if e["type"].startswith("Territory")]
    assert [r.position for r in got] == territory and len(territory) == 6
    assert {r.event for r in got} == {"TerritoryTransferred"}

    many = [("type", "StatementMade"), ("type", "Meeting*"), ("after", "0")]
    wanted = [e["position"] for e in server.log(many[:2])]
    assert len(wanted) == 10
    with open_stream(server.url, many) as stream:
        assert [r.position for r in stream.take(10)] == wanted

    with open_stream(server.url, {"after": 0, "stream": "article:two"}) as stream:
        got = stream.take(14)
    assert [r.position for r in got] == list(range(15, 29))
    assert {r.data["stream_id"] for r in got} == {"article:two"}


def test_entity_filter_finds_an_id_anywhere_in_the_data(
    make_server: StartServer, reference_submission: dict[str, Any]
) -> None:
    server = make_server()
    facts = reference_submission["facts"]
    server.append("one", facts)
    with open_stream(server.url, {"after": 0, "entity": "lachin-district"}) as stream:
        got = stream.take(1)
        server.append("two", facts)
        got += stream.take(1)
        server.append("three", [{"kind": "StatementMade", "speaker": "Dmitry Peskov"}])
        server.append("four", [{"kind": "TerritoryTransferred", "territory": "Lachin District"}])
        got += stream.take(1)
    lachin = [e["position"] for e in server.log() if "lachin-district" in _entity_ids(e["data"])]
    assert [r.position for r in got] == lachin and len(lachin) == 3
    assert all(r.data["data"]["territory"]["id"] == "lachin-district" for r in got)

    # Several entities: any of them; participants are entities too.
    ids = {"nikol-pashinyan", "lachin-district"}
    wanted = [e["position"] for e in server.log() if ids & _entity_ids(e["data"])]
    params = [("after", "0"), *(("entity", i) for i in sorted(ids))]
    with open_stream(server.url, params) as stream:
        got = stream.take(len(wanted))
    assert [r.position for r in got] == wanted
    assert {"MeetingAnnounced", "MeetingDenied", "TerritoryTransferred"} <= {r.event for r in got}


def test_heartbeats_keep_an_idle_stream_alive(make_server: StartServer) -> None:
    server = make_server(heartbeat_s=0.2)
    lines: list[str] = []
    with (
        httpx.Client(timeout=5) as client,
        client.stream("GET", f"{server.url}/events/stream") as response,
    ):
        for line in response.iter_lines():
            lines.append(line)
            if lines.count(": heartbeat") == 3:
                break
    assert lines[:3] == ["retry: 2000", "id: 0", ""]


def test_a_bad_cursor_is_a_clear_422(make_server: StartServer) -> None:
    server = make_server()
    bad = httpx.get(f"{server.url}/events/stream", headers={"Last-Event-ID": "abc"})
    assert bad.status_code == 422 and "Last-Event-ID" in bad.json()["detail"]
    assert httpx.get(f"{server.url}/events/stream", params={"after": -1}).status_code == 422
