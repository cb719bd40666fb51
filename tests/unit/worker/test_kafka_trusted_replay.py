"""The Kafka log's trusted replay builds exactly the events the validated decode builds:
the same model, the same dump and the same fields set (a null attribute has no header)."""

from __future__ import annotations

from events.kafka.binding import decode, encode, envelope_dict
from events.records import content_key
from events.trusted import trusted_from_dict
from tests.support.history import synthetic_history


def test_trusted_replay_of_kafka_messages_equals_the_validated_decode() -> None:
    events = synthetic_history(40)  # every projected kind, corrections included
    for position, event in enumerate(events, start=1):
        stored = event.model_copy(update={"position": position}).model_dump(mode="json")
        _, value, headers = encode(stored, content_key(event))
        validated = decode(value, headers)
        trusted = trusted_from_dict(envelope_dict(value, headers), absent_is_null=True)
        assert trusted == validated
        assert trusted.model_dump_json() == validated.model_dump_json()
        assert trusted.model_fields_set == validated.model_fields_set
        assert trusted.data.model_fields_set == validated.data.model_fields_set
