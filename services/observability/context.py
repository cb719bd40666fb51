"""The request being served, for log lines: its id and what it appended.

A context variable, because log records are emitted deep inside the use cases; the value is
a mutable object so a copy of the context (threads, tasks) still writes to the same request.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from contextvars import ContextVar, Token
from dataclasses import dataclass, field

# Accepted incoming X-Request-ID: short, printable, no spaces (UUIDs, hex ids, ULIDs, ...).
REQUEST_ID_FORMAT = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,127}")


@dataclass
class RequestContext:
    request_id: str
    correlation_ids: list[str] = field(default_factory=list)
    append_outcome: str | None = None  # new | duplicate, once the request appended
    new_events: int = 0

    def note_append(self, correlation_ids: Iterable[str], outcome: str, new_events: int) -> None:
        for cid in correlation_ids:
            if cid not in self.correlation_ids:
                self.correlation_ids.append(cid)
        self.append_outcome = "new" if "new" in (self.append_outcome, outcome) else outcome
        self.new_events += new_events


_current: ContextVar[RequestContext | None] = ContextVar("factstream_request", default=None)


def request_id_from(header: str | None) -> str:
    """The caller's id when it is well-formed, else a fresh one."""
    if header and REQUEST_ID_FORMAT.fullmatch(header):
        return header
    return os.urandom(16).hex()  # 32 hex digits, random as uuid4's (without the UUID object)


def current_request() -> RequestContext | None:
    return _current.get()


def enter_request(context: RequestContext) -> Token[RequestContext | None]:
    return _current.set(context)


def leave_request(token: Token[RequestContext | None]) -> None:
    _current.reset(token)
