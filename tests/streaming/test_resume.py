"""Catch-up, live and resume over real HTTP: every event exactly once, in order."""

from __future__ import annotations

import threading
from typing import Any

from tests.streaming.conftest import StartServer, handovers
from tests.streaming.sse import open_stream


def test_subscribe_disconnect_append_resume_exactly_once(
    make_server: StartServer, reference_submission: dict[str, Any]
) -> None:
    server = make_server()
    facts = reference_submission["facts"]
    server.append("first", facts)  # 14 events, there before we subscribe
    with open_stream(server.url, {"after": 0}) as stream:
        got = stream.take(14)  # catch-up
        server.append("second", facts)  # live
        got += stream.take(14)
        last_id = stream.last_id
    assert last_id == "28"
    server.append("third", facts)  # while disconnected
    server.append("fourth", facts)
    with open_stream(server.url, {"after": 3}, last_event_id=last_id) as stream:  # header wins
        got += stream.take(28)
        server.append("fifth", facts)
        got += stream.take(14)
    assert [r.position for r in got] == list(range(1, 71))
    assert all(r.id == str(r.position) and r.event == r.data["type"] for r in got)
    assert {r.data["stream_id"] for r in got[56:]} == {"article:fifth"}


def test_no_gap_no_duplicate_while_appends_race_the_switch(make_server: StartServer) -> None:
    """Subscribers join at different cursors while another thread keeps appending."""
    server = make_server()
    server.append("seed", handovers(20, "Seed"))
    rounds = 15
    done = threading.Event()

    def writer() -> None:
        for i in range(rounds):
            server.append(f"race-{i}", handovers(5, f"Race {i}"))
        done.set()

    thread = threading.Thread(target=writer)
    thread.start()
    final = 21 + rounds * 6
    for start in (0, 7, 19):
        with open_stream(server.url, {"after": start}) as stream:
            positions: list[int] = []
            while not positions or positions[-1] < final:
                positions.append(stream.next().position)
        assert positions == list(range(start + 1, final + 1)), start
    thread.join()
    assert done.is_set() and server.head() == final


def test_live_only_without_a_cursor_starts_at_the_head(
    make_server: StartServer, reference_submission: dict[str, Any]
) -> None:
    server = make_server()
    server.append("before", reference_submission["facts"])
    with open_stream(server.url) as stream:
        server.append("after", reference_submission["facts"])
        got = stream.take(14)
    assert [r.position for r in got] == list(range(15, 29))
