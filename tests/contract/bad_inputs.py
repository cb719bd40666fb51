"""The bad-input corpus: hostile or broken requests over every write and read route.

Each case names what it sends and which 4xx it must get, and a word the message must
contain (so the answer says what is wrong). tests/contract/test_bad_input_corpus.py sends
them to the real app and checks that the log head never moves."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from tests.contract.served_app import ADMIN, READER, WRITER

DAY = "2021-11-23"
MB = 1024 * 1024
FACT = {"kind": "MeetingHeld", "participants": ["Ilham Aliyev", "Nikol Pashinyan"]}
FACT_ID = "{fact_id}"  # replaced by a real fact's id from the seeded log


def facts_body(**changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"source": {"article": "corpus-1", "published": DAY}, "facts": [FACT]}
    body.update(changes)
    return body


def with_fact(**changes: Any) -> dict[str, Any]:
    return facts_body(facts=[{**FACT, **changes}])


def article(**changes: Any) -> dict[str, Any]:
    return {"text": "Пашинян и Алиев встретились в Сочи.", "published": DAY, **changes}


def nested(depth: int) -> bytes:
    return b"[" * depth + b"]" * depth


@dataclass
class Case:
    name: str
    method: str
    path: str
    expect: tuple[int, ...]
    says: str
    json: Any = None
    content: bytes | None = None
    params: dict[str, Any] | list[tuple[str, str]] | None = None
    headers: dict[str, str] = field(default_factory=dict)
    token: str | None = ADMIN
    raw: bytes | None = None  # sent as is over a socket (request line and headers)
    slow: bool = False


def _json_cases(path: str, good: dict[str, Any], prefix: str) -> list[Case]:
    """The cases every JSON-body route gets."""
    raw_good = json.dumps(good).encode()
    return [
        Case(f"{prefix}: empty body", "POST", path, (422,), "body", content=b""),
        Case(f"{prefix}: binary", "POST", path, (400,), "JSON", content=bytes(range(256))),
        Case(
            f"{prefix}: invalid UTF-8",
            "POST",
            path,
            (400,),
            "JSON",
            content=raw_good.replace(b'"', b'"\xff\xfe', 1),
        ),
        Case(f"{prefix}: JSON array", "POST", path, (422,), "dictionary", json=[good]),
        Case(f"{prefix}: JSON string", "POST", path, (422,), "dictionary", json="facts"),
        Case(f"{prefix}: JSON null", "POST", path, (422,), "body", content=b"null"),
        Case(f"{prefix}: nested 100k deep", "POST", path, (400,), "JSON", content=nested(100_000)),
        Case(f"{prefix}: 10 MB body", "POST", path, (413,), "larger", content=b" " * (10 * MB)),
        Case(f"{prefix}: unknown field", "POST", path, (422,), "Extra", json={**good, "x": 1}),
        Case(
            f"{prefix}: text/plain",
            "POST",
            path,
            (422,),
            "dictionary",
            content=raw_good,
            headers={"Content-Type": "text/plain"},
        ),
        Case(f"{prefix}: no token", "POST", path, (401,), "bearer token", json=good, token=None),
        Case(f"{prefix}: unknown token", "POST", path, (401,), "not valid", json=good, token="x"),
        Case(f"{prefix}: reader token", "POST", path, (403,), "role", json=good, token=READER),
        Case(
            f"{prefix}: slow invalid body",
            "POST",
            path,
            (422,),
            "Extra",
            json={**good, "y": 2},
            slow=True,
        ),
    ]


def _facts() -> list[Case]:
    p = "/facts"
    return [
        *_json_cases(p, facts_body(), "POST /facts"),
        Case(
            "facts: lone surrogate name",
            "POST",
            p,
            (422,),
            "string",
            content=json.dumps(with_fact(participants=["x"])).replace('"x"', '"\\ud800"').encode(),
        ),
        Case(
            "facts: 100,000-char place",
            "POST",
            p,
            (422,),
            "at most 200 characters",
            json=with_fact(place="A" * 100_000),
        ),
        Case(
            "facts: 1001 facts",
            "POST",
            p,
            (422,),
            "at most 1000 items",
            json=facts_body(facts=[FACT] * 1001),
        ),
        Case(
            "facts: 101 participants",
            "POST",
            p,
            (422,),
            "at most 100 items",
            json=with_fact(participants=[f"P{i}" for i in range(101)]),
        ),
        Case("facts: facts is a string", "POST", p, (422,), "list", json=facts_body(facts="x")),
        Case(
            "facts: fact is a number", "POST", p, (422,), "unknown kind", json=facts_body(facts=[1])
        ),
        Case(
            "facts: unknown kind",
            "POST",
            p,
            (422,),
            "unknown kind",
            json=with_fact(kind="MeetingTeleported"),
        ),
        Case(
            "facts: kind is a list", "POST", p, (422,), "unknown kind", json=with_fact(kind=["x"])
        ),
        Case(
            "facts: published 2021-02-30",
            "POST",
            p,
            (422,),
            "calendar",
            json=facts_body(source={"article": "a", "published": "2021-02-30"}),
        ),
        Case(
            "facts: published a month",
            "POST",
            p,
            (422,),
            "YYYY-MM-DD",
            json=facts_body(source={"article": "a", "published": "2021-02"}),
        ),
        Case(
            "facts: published is a number",
            "POST",
            p,
            (422,),
            "string",
            json=facts_body(source={"article": "a", "published": 20211123}),
        ),
        Case("facts: date month 13", "POST", p, (422,), "date", json=with_fact(date="2021-13")),
        Case("facts: date year 0000", "POST", p, (422,), "date", json=with_fact(date="0000")),
        Case(
            "facts: date 2021-04-31",
            "POST",
            p,
            (422,),
            "calendar",
            json=with_fact(date="2021-04-31"),
        ),
        Case(
            "facts: empty participants",
            "POST",
            p,
            (422,),
            "participants",
            json=with_fact(participants=[]),
        ),
        Case(
            "facts: blank name", "POST", p, (422,), "pattern", json=with_fact(participants=["  "])
        ),
        Case(
            "facts: participants missing",
            "POST",
            p,
            (422,),
            "Field required",
            json=facts_body(facts=[{"kind": "MeetingHeld"}]),
        ),
        Case(
            "facts: path-traversal article id",
            "POST",
            p,
            (422,),
            "article",
            json=facts_body(source={"article": "../../etc/passwd", "published": DAY}),
        ),
        Case(
            "facts: 3000-char url",
            "POST",
            p,
            (422,),
            "url",
            json=facts_body(source={"article": "a", "published": DAY, "url": "h" * 3000}),
        ),
        Case("facts: source null", "POST", p, (422,), "source", json=facts_body(source=None)),
    ]


def _articles() -> list[Case]:
    p = "/articles"
    return [
        *_json_cases(p, article(), "POST /articles"),
        Case("articles: empty text", "POST", p, (422,), "text", json=article(text="")),
        Case("articles: only spaces", "POST", p, (422,), "pattern", json=article(text=" \n\t ")),
        Case(
            "articles: 300,000-char text",
            "POST",
            p,
            (422,),
            "at most 200000 characters",
            json=article(text="слово " * 50_000),
        ),
        Case("articles: text is a list", "POST", p, (422,), "string", json=article(text=["a"])),
        Case(
            "articles: lone surrogate",
            "POST",
            p,
            (422,),
            "string",
            content=json.dumps(article(text="x")).replace('"x"', '"\\udc00 x"').encode(),
        ),
        Case(
            "articles: published 2021-02-29",
            "POST",
            p,
            (422,),
            "calendar",
            json=article(published="2021-02-29"),
        ),
        Case("articles: language de", "POST", p, (422,), "language", json=article(language="de")),
        Case("articles: text null", "POST", p, (422,), "text", json=article(text=None)),
    ]


def _corrections() -> list[Case]:
    r, s = f"/facts/{FACT_ID}/retract", f"/facts/{FACT_ID}/supersede"
    good = {"reason": "misattributed", "fact": FACT}
    return [
        *_json_cases(r, {"reason": "x"}, "retract"),
        Case("retract: empty reason", "POST", r, (422,), "reason", json={"reason": ""}),
        Case(
            "retract: 5000-char reason",
            "POST",
            r,
            (422,),
            "at most 2000",
            json={"reason": "r" * 5000},
        ),
        Case("retract: reason is a number", "POST", r, (422,), "string", json={"reason": 7}),
        Case(
            "retract: writer token", "POST", r, (403,), "admin", json={"reason": "x"}, token=WRITER
        ),
        Case(
            "retract: path traversal",
            "POST",
            "/facts/..%2F..%2Fetc%2Fpasswd/retract",
            (404, 422),
            "",
            json={"reason": "x"},
        ),
        Case(
            "retract: id with spaces",
            "POST",
            "/facts/a%20b/retract",
            (422,),
            "fact_id",
            json={"reason": "x"},
        ),
        Case(
            "retract: 300-char id",
            "POST",
            f"/facts/{'a' * 300}/retract",
            (422,),
            "fact_id",
            json={"reason": "x"},
        ),
        Case(
            "retract: NUL in id",
            "POST",
            "/facts/a%00b/retract",
            (422,),
            "fact_id",
            json={"reason": "x"},
        ),
        Case("supersede: no fact", "POST", s, (422,), "fact", json={"reason": "x"}),
        Case(
            "supersede: unknown kind",
            "POST",
            s,
            (422,),
            "unknown kind",
            json={**good, "fact": {"kind": "Nope"}},
        ),
        Case(
            "supersede: oversized name",
            "POST",
            s,
            (422,),
            "at most 200 characters",
            json={**good, "fact": {**FACT, "participants": ["n" * 100_000]}},
        ),
        Case(
            "supersede: fact is a list",
            "POST",
            s,
            (422,),
            "unknown kind",
            json={**good, "fact": [FACT]},
        ),
        Case("supersede: writer token", "POST", s, (403,), "admin", json=good, token=WRITER),
        Case("supersede: 10 MB body", "POST", s, (413,), "larger", content=b"{" * (10 * MB)),
    ]


def _admin_and_reads() -> list[Case]:
    return [
        Case("rebuild: unknown projection", "POST", "/projections/weather/rebuild", (422,), "name"),
        Case("rebuild: traversal", "POST", "/projections/..%2Fmeetings/rebuild", (404, 422), ""),
        Case(
            "rebuild: writer token",
            "POST",
            "/projections/meetings/rebuild",
            (403,),
            "admin",
            token=WRITER,
        ),
        Case(
            "rebuild: no token",
            "POST",
            "/projections/meetings/rebuild",
            (401,),
            "token",
            token=None,
        ),
        Case("events: after -1", "GET", "/events", (422,), "after", params={"after": -1}),
        Case("events: after abc", "GET", "/events", (422,), "after", params={"after": "abc"}),
        Case(
            "events: after 1e99",
            "GET",
            "/events",
            (422,),
            "after",
            params={"after": "1" + "0" * 99},
        ),
        Case("events: limit 0", "GET", "/events", (422,), "limit", params={"limit": 0}),
        Case("events: limit 100000", "GET", "/events", (422,), "limit", params={"limit": 100_000}),
        Case("events: type ../x", "GET", "/events", (422,), "type", params={"type": "../x"}),
        Case(
            "events: 21 types",
            "GET",
            "/events",
            (422,),
            "type",
            params=[("type", "MeetingHeld")] * 21,
        ),
        Case(
            "events: stream traversal",
            "GET",
            "/events",
            (422,),
            "stream",
            params={"stream": "../../etc/passwd"},
        ),
        Case(
            "events: 1000-char stream",
            "GET",
            "/events",
            (422,),
            "stream",
            params={"stream": "s" * 1000},
        ),
        Case("events: no token", "GET", "/events", (401,), "token", token=None),
        Case(
            "stream: Last-Event-ID abc",
            "GET",
            "/events/stream",
            (422,),
            "Last-Event-ID",
            headers={"Last-Event-ID": "abc"},
        ),
        Case(
            "stream: Last-Event-ID -1",
            "GET",
            "/events/stream",
            (422,),
            "Last-Event-ID",
            headers={"Last-Event-ID": "-1"},
        ),
        Case("stream: after -5", "GET", "/events/stream", (422,), "after", params={"after": -5}),
        Case(
            "stream: entity traversal",
            "GET",
            "/events/stream",
            (422,),
            "entity",
            params={"entity": "../../x"},
        ),
        Case(
            "meetings: unknown status",
            "GET",
            "/projections/meetings",
            (422,),
            "status",
            params={"status": "exploded"},
        ),
        Case(
            "meetings: as_of -1",
            "GET",
            "/projections/meetings",
            (422,),
            "as_of",
            params={"as_of": "-1"},
        ),
        Case(
            "meetings: as_of yesterday",
            "GET",
            "/projections/meetings",
            (422,),
            "as_of",
            params={"as_of": "yesterday"},
        ),
        Case(
            "meetings: as_of month 13",
            "GET",
            "/projections/meetings",
            (422,),
            "as_of",
            params={"as_of": "2024-13-01T00:00:00Z"},
        ),
        Case(
            "meetings: as_of without offset",
            "GET",
            "/projections/meetings",
            (422,),
            "as_of",
            params={"as_of": "2024-01-01T00:00:00"},
        ),
        Case(
            "meetings: valid_at 2021-02-30",
            "GET",
            "/projections/meetings",
            (422,),
            "calendar",
            params={"valid_at": "2021-02-30"},
        ),
        Case(
            "meetings: valid_at a year",
            "GET",
            "/projections/meetings",
            (422,),
            "valid_at",
            params={"valid_at": "2021"},
        ),
        Case(
            "meetings: participant traversal",
            "GET",
            "/projections/meetings",
            (422,),
            "participant",
            params={"participant": "../etc"},
        ),
        Case("meeting: traversal id", "GET", "/projections/meetings/..%2F..%2Fetc", (404, 422), ""),
        Case(
            "meeting: 300-char id",
            "GET",
            f"/projections/meetings/{'m' * 300}",
            (422,),
            "meeting_id",
        ),
        Case("meeting: NUL in id", "GET", "/projections/meetings/a%00b", (422,), "meeting_id"),
        Case(
            "territories: as_of 1.5",
            "GET",
            "/projections/territories",
            (422,),
            "as_of",
            params={"as_of": "1.5"},
        ),
        Case(
            "territories: valid_at garbage",
            "GET",
            "/projections/territories",
            (422,),
            "valid_at",
            params={"valid_at": "soon"},
        ),
        Case(
            "territory: id with quote",
            "GET",
            "/projections/territories/a'b",
            (422,),
            "territory_id",
        ),
        Case("status: unknown projection", "GET", "/projections/weather/status", (422,), "name"),
        Case("export: from 0", "GET", "/audit/export", (422,), "from", params={"from": 0}),
        Case("export: to -1", "GET", "/audit/export", (422,), "to", params={"to": -1}),
        Case("export: writer token", "GET", "/audit/export", (403,), "admin", token=WRITER),
        Case("export: reader token", "GET", "/audit/export", (403,), "admin", token=READER),
        Case("verify: no token", "GET", "/audit/verify", (401,), "token", token=None),
    ]


def _raw() -> list[Case]:
    """Requests no well-behaved client can send: bytes on the socket."""
    auth = f"Authorization: Bearer {ADMIN}\r\n".encode()
    return [
        Case(
            "raw: CR LF injected in a header value",
            "GET",
            "/events",
            (400,),
            "",
            raw=b"GET /events HTTP/1.1\r\nHost: x\r\n" + auth + b"X-A: a\rInjected: 1\r\n\r\n",
        ),
        Case(
            "raw: NUL in a header value",
            "GET",
            "/events",
            (400,),
            "",
            raw=b"GET /events HTTP/1.1\r\nHost: x\r\n" + auth + b"Last-Event-ID: 1\x00\r\n\r\n",
        ),
        Case(
            "raw: invalid UTF-8 in the query",
            "GET",
            "/events",
            (422,),
            "stream",
            raw=b"GET /events?stream=%FF%FE HTTP/1.1\r\nHost: x\r\n" + auth + b"\r\n",
        ),
        Case(
            "raw: lone surrogate in the query",
            "GET",
            "/projections/meetings",
            (422,),
            "as_of",
            raw=b"GET /projections/meetings?as_of=%ED%A0%80 HTTP/1.1\r\nHost: x\r\n"
            + auth
            + b"\r\n",
        ),
        Case(
            "raw: header injection via Authorization",
            "POST",
            "/facts",
            (401,),
            "token",
            raw=b"POST /facts HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer x, Bearer "
            + ADMIN.encode()
            + b"\r\nContent-Length: 2\r\n\r\n{}",
        ),
    ]


CASES: list[Case] = [*_facts(), *_articles(), *_corrections(), *_admin_and_reads(), *_raw()]
