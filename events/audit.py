"""Walk the hash chain and name the first position that does not check out."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

from contracts.chain import GENESIS, content_problem
from events.port import EventLog

PAGE = 2000


@dataclass(frozen=True)
class VerifyReport:
    ok: bool
    checked: int
    head: int
    first_bad_position: int | None = None
    reason: str | None = None
    last_hash: str = GENESIS


async def verify(
    log: EventLog,
    *,
    after: int = 0,
    prev_hash: str | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> VerifyReport:
    """Check every stored event from `after`: it parses, its position is the next one,
    its prev_hash is the hash before it, and its hash is the hash of its content.
    `on_progress(checked, total)` hears how far it got after each page."""
    total = max(0, await log.head() - after) if on_progress else 0
    expected_prev = prev_hash or GENESIS
    if after and prev_hash is None:
        anchor = await log.read_records(after=after - 1, limit=1)
        expected_prev = anchor[0].hash if anchor else GENESIS
    expected_position, checked = after + 1, 0
    while page := await log.read_records(after=expected_position - 1, limit=PAGE):
        for record in page:
            problem = _check(
                record.position, record.body, record.hash, expected_position, expected_prev
            )
            if problem:
                return VerifyReport(
                    False, checked, await log.head(), record.position, problem, expected_prev
                )
            expected_prev, expected_position, checked = (
                record.hash,
                expected_position + 1,
                checked + 1,
            )
        if on_progress is not None:
            on_progress(checked, max(total, checked))
    return VerifyReport(True, checked, expected_position - 1, None, None, expected_prev)


def _check(
    position: int, body: str, stored_hash: str, expected_position: int, expected_prev: str
) -> str | None:
    if position != expected_position:
        return f"position {expected_position} is missing (next stored is {position})"
    try:
        stored = json.loads(body)
    except ValueError as exc:
        return f"stored body is not JSON: {exc}"
    if not isinstance(stored, dict):
        return "stored body is not a JSON object"
    if stored.get("position") != position:
        return f"body says position {stored.get('position')!r}, stored at {position}"
    if stored.get("prev_hash") != expected_prev:
        return "prev_hash does not link to the event before"
    if stored.get("hash") != stored_hash:
        return "hash in the body differs from the hash column"
    return content_problem(stored, body)
