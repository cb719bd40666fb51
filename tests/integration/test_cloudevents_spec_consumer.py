"""Issue 11: a consumer written only from the CloudEvents Kafka binding spec reads the
topic on the real broker; each message's value validates against the schema its
`ce_dataschema` names, and the reassembled envelope against the published envelope schema."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from events.kafka.log import KafkaEventLog
from tests.integration.cloudevents_consumer import Schemas, check_message, reassemble
from tests.integration.harness import append_articles
from tests.integration.test_third_party_consumer import consume_all
from tests.integration.workload import articles

pytestmark = pytest.mark.integration

SCHEMAS = Path(__file__).resolve().parents[2] / "contracts" / "schemas"
ENVELOPE = json.loads((SCHEMAS / "envelope" / "CloudEvent.v1.json").read_text())["$id"]


async def test_a_spec_only_consumer_validates_data_and_envelope(
    kafka_log: KafkaEventLog,
) -> None:
    batch = list(articles(120, seed=11))
    await append_articles(kafka_log, batch)
    total = sum(len(a) for a in batch)
    messages = consume_all(kafka_log.config.bootstrap, kafka_log.config.topic, total)
    assert len(messages) == total
    schemas = Schemas(SCHEMAS)
    named: set[str] = set()
    for message in messages:
        headers = message.headers() or []
        problems = check_message(message.value(), headers, schemas, ENVELOPE)
        assert not problems, f"offset {message.offset()}: {problems[:3]}"
        named.add(reassemble(message.value(), headers)["dataschema"])
    assert len(named) >= 8  # many types, each its own data schema
    assert all(":data:" in n for n in named)


def test_the_consumer_refuses_what_the_spec_refuses() -> None:
    """The checker is not a rubber stamp: a wrong value or a missing attribute fails."""
    schemas = Schemas(SCHEMAS)
    headers = [
        ("content-type", b"application/json"),
        ("ce_specversion", b"1.0"),
        ("ce_id", b"x"),
        ("ce_source", b"urn:factstream"),
        ("ce_type", b"StatementMade"),
        ("ce_dataschema", b"urn:factstream:schema:data:StatementMade:v1"),
    ]
    value = json.dumps({"kind": "StatementMade"}).encode()  # no speaker
    problems = check_message(value, headers, schemas, ENVELOPE)
    assert any(p.startswith("data:") and "speaker" in p for p in problems)
    assert any(p.startswith("envelope:") and "streamid" in p for p in problems)
    old = [*headers[:-1], ("ce_dataschema", b"urn:factstream:schema:StatementMade:v1")]
    assert any("envelope" in p or "data" in p for p in check_message(value, old, schemas, ENVELOPE))
