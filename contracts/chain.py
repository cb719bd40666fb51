"""The hash chain that lets auditors prove the log was not altered.

Two versioned rules; each stored event names its rule in `chain_rule` (absent: rule 1, the
events stored before rules had versions), so one log may hold both and every range of it
verifies on its own. Both cover `prev_hash`, the hash of the event before (GENESIS first).

- Rule 1: sha256 over the canonical JSON of the stored event without its `hash` field.
- Rule 2 (new events): sha256 over `canonical JSON of the attributes` + b"\n" + `the data
  bytes`. The attributes are every envelope field but `data` and `hash` whose value is not
  null (exactly what the Kafka headers carry); the data bytes are the canonical JSON of
  `data` as the log stored them (the Kafka message value, byte for byte; a slice of the
  SQLite body). A stored text of a rule-2 event must be canonical JSON itself, so the bytes
  hashed are the bytes stored: no re-dump of a validated model on any side.

Canonical JSON: keys sorted, no whitespace, UTF-8, as `json.dumps(..., sort_keys=True,
separators=(",", ":"), ensure_ascii=False)`. The offline checker (scripts/verify_export.py,
docs/audit.md) implements both rules with the standard library: keep them in step.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

import orjson

GENESIS = "0" * 64
RULE = 2  # the rule the log seals new events with
RULES = frozenset({1, 2})

# orjson writes the same bytes as the rule above except for some floats: Python's repr
# uses an exponent below 1e-4 ("1e-05") where orjson writes "0.00001", and exponents differ
# ("1e-07" vs "1e-7"). Such a number in the output sends us to the reference encoder; a
# string that merely looks like one costs speed, never correctness.
_FLOAT_ORJSON_MAY_DIFFER = re.compile(rb"[:,\[]-?(?:\d+(?:\.\d+)?e|0\.0000)")
# Anything not plain JSON data (str subclasses, datetimes, dataclasses) is refused by orjson
# here and handled, or refused, by the reference encoder exactly as before.
_ORJSON_OPTIONS = (
    orjson.OPT_SORT_KEYS
    | orjson.OPT_PASSTHROUGH_SUBCLASS
    | orjson.OPT_PASSTHROUGH_DATETIME
    | orjson.OPT_PASSTHROUGH_DATACLASS
)


def reference_canonical_bytes(obj: Any) -> bytes:
    """The definition (and what docs/audit.md's offline checker runs)."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def canonical_bytes(obj: Any) -> bytes:
    """Byte for byte `reference_canonical_bytes` (non-finite floats aside: no contract admits
    them), about 3x faster; it runs twice for every appended event."""
    try:
        fast = orjson.dumps(obj, option=_ORJSON_OPTIONS)
    except TypeError:  # ints beyond 64 bits, non-str keys, passthrough types
        return reference_canonical_bytes(obj)
    if may_differ(fast):
        return reference_canonical_bytes(obj)
    return fast


def event_hash(stored: dict[str, Any]) -> str:
    """Hash of a stored event (a JSON-mode dict); its own `hash` key is ignored."""
    body = {k: v for k, v in stored.items() if k != "hash"}
    return hashlib.sha256(canonical_bytes(body)).hexdigest()


def attributes_bytes(stored: dict[str, Any]) -> bytes:
    """Rule 2's rendering of the attributes: non-null fields but `data` and `hash`."""
    return canonical_bytes(
        {k: v for k, v in stored.items() if v is not None and k != "data" and k != "hash"}
    )


def chain_hash(stored: dict[str, Any], data_bytes: bytes) -> str:
    """Rule 2: the hash of an event with these attributes (its `data`, `hash` ignored) and
    these stored data bytes."""
    return hashlib.sha256(attributes_bytes(stored) + b"\n" + data_bytes).hexdigest()


def rule_of(stored: dict[str, Any]) -> int:
    rule = stored.get("chain_rule")
    return 1 if rule is None else rule


def content_problem(stored: dict[str, Any], text: str) -> str | None:
    """Why a stored event (parsed from its stored `text`) does not hash to its `hash` under
    its rule, or None when it does."""
    rule = rule_of(stored)
    if rule not in RULES:
        return f"unknown chain rule {rule!r}"
    if rule == 1:
        computed = event_hash(stored)
    else:
        if not isinstance(stored.get("data"), dict):
            return "stored body has no data object"
        if canonical_bytes(stored) != text.encode():
            return "stored bytes are not the canonical rendering rule 2 hashes"
        computed = chain_hash(stored, canonical_bytes(stored["data"]))
    return None if computed == stored.get("hash") else "content does not match its hash"


def may_differ(fast: bytes) -> bool:
    """Whether orjson's `fast` output may differ from the reference rule (some floats)."""
    # Substring checks first: a regex over every event costs as much as the encoding.
    if b"0.0000" in fast:
        return _FLOAT_ORJSON_MAY_DIFFER.search(fast) is not None
    for marker in (b"e-", b"e+"):  # "e-" is common in uuids: look at what precedes it
        at = fast.find(marker)
        while at != -1:
            if _ends_with_number(fast, at):
                return True
            at = fast.find(marker, at + 2)
    return False


def _ends_with_number(buf: bytes, end: int) -> bool:
    """Whether buf[:end] ends with a JSON number's mantissa (digits, '.', after : , [ or -)."""
    start = end
    while start > 0 and buf[start - 1] in _MANTISSA:
        start -= 1
    return 0 < start < end and buf[start - 1] in _BEFORE_NUMBER


_MANTISSA = frozenset(b"0123456789.")
_BEFORE_NUMBER = frozenset(b":,[-")
