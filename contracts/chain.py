"""The hash chain that lets auditors prove the log was not altered.

An event's hash is sha256 over the canonical JSON of the stored event without its `hash`
field; that JSON includes `prev_hash`, the hash of the event before (GENESIS for the first).
Canonical JSON: keys sorted, no whitespace, UTF-8, as `json.dumps(..., sort_keys=True,
separators=(",", ":"), ensure_ascii=False)`. The offline checker in docs/audit.md uses exactly
this rule, so keep them in step.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

GENESIS = "0" * 64


def canonical_bytes(obj: dict[str, Any]) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def event_hash(stored: dict[str, Any]) -> str:
    """Hash of a stored event (a JSON-mode dict); its own `hash` key is ignored."""
    body = {k: v for k, v in stored.items() if k != "hash"}
    return hashlib.sha256(canonical_bytes(body)).hexdigest()
