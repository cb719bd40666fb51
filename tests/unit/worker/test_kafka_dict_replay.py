"""The bulk catch-up's plain-dict read of Kafka messages (`indexing.picked_dicts`): only the
projected kinds, routed to the same feed partitions and keys as the contract models, and
recorded into the same states as the validated decode (a null attribute has no header, so
the dicts lack it), whether the index parsed the headers or not."""

from __future__ import annotations

from events.kafka.binding import decode
from events.kafka.index import StreamIndex
from events.kafka.indexing import index_parsed, picked_dicts
from services.projections.registry import PROJECTIONS
from services.projections.trusted_record import RawEvent
from services.projector.reading import rebuild_kinds
from services.worker.routing import feed_partitions_for, owned_projection, raw_partitions_for
from tests.integration.workload import articles
from tests.support.builders import retraction, supersession
from tests.support.history import synthetic_history
from tests.support.kafka_records import FakeRecord, stored_records


def _messages() -> list[FakeRecord]:
    history = synthetic_history(40)
    events = [
        *history,
        retraction(history[0]),
        supersession(history[1], history[2]),
        *(e for a in articles(20, seed=5) for e in a),
    ]
    return stored_records(events)


def test_kafka_dicts_record_and_route_as_the_validated_decode() -> None:
    kinds = rebuild_kinds(PROJECTIONS)
    assert kinds is not None
    build = picked_dicts(kinds)
    index = StreamIndex()
    records = _messages()
    models, raws = [], []
    for record in records:
        event = decode(record.value, record.headers)
        found = index_parsed(index, record)  # type: ignore[arg-type]
        picked = build(record, found)  # type: ignore[arg-type]
        assert picked == build(record, None)  # type: ignore[arg-type]
        assert (picked is None) == (event.type not in kinds)
        if picked is not None:
            models.append(event)
            raws.append(RawEvent.of(picked))
    assert len(models) < len(records) and any(r.data is not None for r in raws)
    for partitions in (1, 4, 8):
        for event, raw in zip(models, raws, strict=True):
            assert raw_partitions_for(raw, partitions) == feed_partitions_for(event, partitions)
    for projection in PROJECTIONS:
        assert projection.record_raw is not None and projection.raw_keys_for is not None
        for p in range(4):
            owned = owned_projection(projection, p, 4)
            assert owned.raw_keys_for is not None
            by_key: dict[str, tuple[list[object], list[RawEvent]]] = {}
            for event, raw in zip(models, raws, strict=True):
                if raw.data is not None:
                    continue  # corrections go by the fact's stored route
                keys = owned.keys_for(event)
                assert owned.raw_keys_for(raw) == keys
                for key in keys:
                    by_key.setdefault(key, ([], []))[0].append(event)
                    by_key[key][1].append(raw)
            assert by_key or projection is not PROJECTIONS[0] or p > 0
            for key, (mine, mine_raw) in by_key.items():
                plain = projection.settle(projection.record_all(None, mine))
                fast = projection.settle(projection.record_raw(None, mine_raw, set()))
                assert fast.model_dump_json() == plain.model_dump_json(), key
