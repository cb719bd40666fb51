"""Export a range of the log for auditors: NDJSON with each event's stored text and hash,
between two anchor lines, checkable offline by scripts/verify_export.py (stdlib only).

Line 1:  {"factstream_export": "begin", "from": F, "to": T, "prev_hash": <hash of F-1>, ...}
Lines:   {"position": P, "hash": <stored hash>, "body": <stored canonical JSON text>}
         (each body is checked by the chain rule it names: `hash_rules` in line 1)
Last:    {"factstream_export": "end", "count": N, "last_hash": <hash of T>, "head": H}
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable

from contracts.chain import GENESIS
from events.port import EventLog

PAGE = 1000
# Each body names its rule in `chain_rule` (absent: 1); contracts/chain.py defines them.
HASH_RULES = {
    "1": "sha256(canonical JSON of body without 'hash')",
    "2": "sha256(canonical JSON of body's non-null fields but 'data' and 'hash' + '\\n' + "
    "canonical JSON of body's 'data'); body must be canonical JSON",
}


async def export_lines(
    log: EventLog,
    start: int = 1,
    end: int | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> AsyncIterator[str]:
    """The lines of the export; `on_progress(exported, total)` hears of each page."""
    head = await log.head()
    start, end = max(1, start), min(end if end is not None else head, head)
    anchor = await log.read_records(after=start - 2, limit=1) if start > 1 else []
    prev_hash = anchor[0].hash if anchor else GENESIS
    yield _line(
        {
            "factstream_export": "begin",
            "from": start,
            "to": end,
            "prev_hash": prev_hash,
            "head": head,
            "hash_rule": "sha256(canonical JSON of body without 'hash')",
            "hash_rules": HASH_RULES,
        }
    )
    count, last_hash, cursor = 0, prev_hash, start - 1
    while cursor < end:
        page = await log.read_records(after=cursor, limit=min(PAGE, end - cursor))
        if not page:
            break
        for record in page:
            yield _line({"position": record.position, "hash": record.hash, "body": record.body})
            count, last_hash, cursor = count + 1, record.hash, record.position
        if on_progress is not None:
            on_progress(count, max(0, end - start + 1))
    yield _line({"factstream_export": "end", "count": count, "last_hash": last_hash, "head": head})


def _line(obj: dict[str, object]) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n"
