"""The versioned hash chain: rule 2 hashes the stored bytes, rule-1 events still verify, and
the library and the offline checker (standard library only) agree on every case."""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.util
import json
from pathlib import Path
from types import ModuleType

import orjson

from contracts.chain import GENESIS, RULE, attributes_bytes, canonical_bytes, content_problem
from events.kafka.binding import encode, stored_text
from events.records import content_key, seal
from tests.support.factories import announced, clash
from tests.support.legacy_chain import message_rule_1, seal_rule_1

NOW = dt.datetime(2026, 11, 30, 12, 0, 0, 123456, tzinfo=dt.UTC)
SCRIPT = Path(__file__).resolve().parents[3] / "scripts/verify_export.py"


def _offline() -> ModuleType:
    spec = importlib.util.spec_from_file_location("verify_export", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _problems(text: str, stored_hash: str) -> tuple[str | None, str | None]:
    """(the library's verdict, the offline checker's) on one stored text."""
    body = json.loads(text)
    return content_problem(body, text), _offline().content_problem(body, text, stored_hash)


def test_rule_2_hashes_the_attributes_and_the_data_bytes_as_stored() -> None:
    event = announced(n=3)
    sealed = seal(event, position=1, stream_version=1, prev_hash=GENESIS, recorded_at=NOW)
    assert sealed.stored["chain_rule"] == RULE == 2
    assert sealed.data_bytes == canonical_bytes(event.data.model_dump(mode="json"))
    assert sealed.text.encode() == canonical_bytes(sealed.stored)  # data written verbatim
    assert b'"chain_rule":2' in attributes_bytes(sealed.stored)
    assert b'"causation_id"' not in attributes_bytes(sealed.stored)  # null: as if absent
    assert _problems(sealed.text, sealed.hash) == (None, None)
    # the content key is unchanged by the new rule (retries of old events stay duplicates)
    body = {"type": event.type, "stream_id": event.stream_id, "data": sealed.stored["data"]}
    assert content_key(event) == hashlib.sha256(canonical_bytes(body)).hexdigest()


def test_rule_2_names_a_changed_byte_and_bytes_not_in_canonical_form() -> None:
    sealed = seal(clash(n=1), position=4, stream_version=2, prev_hash="a" * 64, recorded_at=NOW)
    changed = sealed.text.replace("Village 1", "Village 2", 1)
    assert changed != sealed.text
    assert _problems(changed, sealed.hash) == ("content does not match its hash",) * 2
    spaced = sealed.text.replace('"data":{', '"data": {', 1)  # same JSON, other bytes
    reason = "stored bytes are not the canonical rendering rule 2 hashes"
    assert _problems(spaced, sealed.hash) == (reason, reason)
    other_rule = sealed.text.replace('"chain_rule":2', '"chain_rule":9', 1)
    assert _problems(other_rule, sealed.hash) == ("unknown chain rule 9",) * 2


def test_rule_1_events_still_verify_and_their_tampering_is_named() -> None:
    stored, digest, text = seal_rule_1(
        announced(n=2), position=1, stream_version=1, prev_hash=GENESIS, recorded_at=NOW
    )
    assert "chain_rule" not in stored
    assert _problems(text, digest) == (None, None)
    changed = text.replace("Guest 2", "Guest 3", 1)
    assert _problems(changed, digest) == ("content does not match its hash",) * 2


def test_the_kafka_text_of_both_rules_checks_out_and_carries_the_value_verbatim() -> None:
    event = announced(n=5)
    sealed = seal(event, position=2, stream_version=1, prev_hash="b" * 64, recorded_at=NOW)
    _, value, headers = encode(sealed.stored, content_key(event), sealed.data_bytes)
    assert value == sealed.data_bytes
    assert ("ce_chainrule", b"2") in headers
    text = stored_text(value, headers)
    assert value in text.encode() and _problems(text, sealed.hash) == (None, None)
    loose = orjson.dumps(orjson.loads(value), option=orjson.OPT_INDENT_2)  # same data
    assert _problems(stored_text(loose, headers), sealed.hash)[0] is not None

    _, old_value, old_headers, old_hash = message_rule_1(
        event, position=1, stream_version=1, prev_hash=GENESIS, recorded_at=NOW
    )
    assert all(name != "ce_chainrule" for name, _ in old_headers)
    old_text = stored_text(old_value, old_headers)
    assert _problems(old_text, old_hash) == (None, None)
