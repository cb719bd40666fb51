"""Item 2 of issue 4: a third-party client (confluent-kafka / librdkafka) reads the topic, and
every message, read by the CloudEvents Kafka binding's rules, validates against the JSON
Schema in contracts/schemas/ named by its type and schema version.

The header-to-attribute rules are re-implemented here on purpose (not imported from
events.kafka): this is what any consumer in any language would do with docs/kafka-design.md.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from confluent_kafka import Consumer, TopicPartition
from jsonschema import Draft202012Validator

from events.kafka.log import KafkaEventLog
from tests.integration.harness import append_articles
from tests.integration.workload import articles

pytestmark = pytest.mark.integration

SCHEMAS = Path(__file__).resolve().parents[2] / "contracts" / "schemas"
# CloudEvents attribute (header "ce_<name>") -> envelope field; objects are JSON strings.
ATTRIBUTES = {
    "schemaversion": "schema_version",
    "streamid": "stream_id",
    "streamversion": "stream_version",
    "recordedat": "recorded_at",
    "validtime": "valid_time",
    "correlationid": "correlation_id",
    "causationid": "causation_id",
    "chainrule": "chain_rule",
    "prevhash": "prev_hash",
}
INTEGERS = {"schema_version", "stream_version", "position", "chain_rule"}
OBJECTS = {"valid_time", "provenance", "attribution"}


def envelope(value: bytes, headers: list[tuple[str, bytes]]) -> dict[str, Any]:
    out: dict[str, Any] = {"data": json.loads(value)}
    for name, raw in headers:
        text = raw.decode()
        if name == "content-type":
            out["datacontenttype"] = text
        elif name.startswith("ce_"):
            field = ATTRIBUTES.get(name[3:], name[3:])
            out[field] = (
                int(text) if field in INTEGERS else json.loads(text) if field in OBJECTS else text
            )
    return out


def consume_all(bootstrap: str, topic: str, count: int) -> list[Any]:
    consumer = Consumer(
        {
            "bootstrap.servers": bootstrap,
            "group.id": f"schema-check-{topic}",
            "enable.auto.commit": False,
            "auto.offset.reset": "earliest",
            # the writer appends in transactions: skip markers and a fenced writer's aborts
            "isolation.level": "read_committed",
        }
    )
    consumer.assign([TopicPartition(topic, 0, 0)])
    messages: list[Any] = []
    try:
        for _ in range(200):
            messages += [m for m in consumer.consume(1000, timeout=1.0) if m.error() is None]
            if len(messages) >= count:
                break
    finally:
        consumer.close()
    return messages


async def test_confluent_consumer_validates_every_message_against_the_schemas(
    kafka_log: KafkaEventLog,
) -> None:
    batch = list(articles(200, seed=5))
    await append_articles(kafka_log, batch)
    total = sum(len(a) for a in batch)
    messages = consume_all(kafka_log.config.bootstrap, kafka_log.config.topic, total)
    assert len(messages) == total
    validators: dict[str, Draft202012Validator] = {}
    seen_types: set[str] = set()
    for position, message in enumerate(messages, start=1):
        headers = message.headers() or []
        doc = envelope(message.value(), headers)
        assert doc["position"] == position  # positions are ranks of committed records
        assert message.key() == doc["stream_id"].encode()
        name = f"{doc['type']}.v{doc['schema_version']}.json"
        if name not in validators:
            validators[name] = Draft202012Validator(json.loads((SCHEMAS / name).read_text()))
        errors = sorted(validators[name].iter_errors(doc), key=str)
        assert not errors, f"offset {message.offset()}: {errors[0].message}"
        seen_types.add(doc["type"])
    assert len(seen_types) >= 8  # meetings, territories, peacekeepers, statements, corrections
