"""The writer's sealing fast path writes exactly what the reference path wrote.

Reference: `events.records.seal` then `binding.encode_sized` (the code the planner ran
before issue 13 item 5's fast path). The same events planned both ways must give the same
keys, values, headers (names, values, order), header sizes, hashes and feed targets."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from contracts.chain import canonical_bytes
from contracts.common import Attribution, EntityRef, PartialDate, Provenance
from contracts.envelope import Event, new_event
from contracts.facts import MeetingHeld
from events.kafka.binding import decode, encode_sized, stored_text
from events.kafka.feed import Feed
from events.kafka.index import Overlay, StreamIndex
from events.kafka.planner import plan_append
from events.records import content_key_of, seal
from tests.integration.workload import articles
from tests.support.builders import retraction, supersession
from tests.support.history import synthetic_history

NOW = dt.datetime(2026, 12, 1, 14, 0, 0, 123456, tzinfo=dt.UTC)
FEED = Feed(4, lambda event, partitions: [len(event.stream_id) % partitions])


def reference(events: Sequence[Event], feed: Feed | None = FEED) -> list[tuple[object, ...]]:
    """What the planner wrote before the fast path, for new events appended in order."""
    out: list[tuple[object, ...]] = []
    prev, versions = "0" * 64, dict[str, int]()
    for head, event in enumerate(events, start=1):
        data = event.data.model_dump(mode="json")
        data_bytes = canonical_bytes(data)
        key = content_key_of(event, data_bytes)
        versions[event.stream_id] = versions.get(event.stream_id, 0) + 1
        sealed = seal(
            event,
            position=head,
            stream_version=versions[event.stream_id],
            prev_hash=prev,
            recorded_at=NOW,
            data=data,
            data_bytes=data_bytes,
        )
        prev = sealed.hash
        targets = feed.targets(event) if feed is not None else ()
        out.append((*encode_sized(sealed.stored, key, data_bytes), targets, sealed.hash))
    return out


def planned(
    appends: Sequence[Sequence[Event]], feed: Feed | None = FEED
) -> list[tuple[object, ...]]:
    index = StreamIndex()
    out: list[tuple[object, ...]] = []
    for events in appends:
        overlay = Overlay(index)
        plan = plan_append(overlay, events, None, NOW, feed)
        hashes = [h for _, _, h in overlay.added]
        out += [
            (m.key, m.value, m.headers, m.header_bytes, m.feed, h)
            for m, h in zip(plan.messages, hashes, strict=True)
        ]
        overlay.merge_into_parent(range(len(overlay.added)))
    return out


def _every_attribute() -> list[Event]:
    """Events with every optional attribute set, and with none of them."""
    speaker = EntityRef.named("Nikol Pashinyan", "person")
    data = MeetingHeld(
        participants=(speaker, EntityRef.named("Ilham Aliyev", "person")),
        place=EntityRef.named("Sochi", "place"),
    )
    full = new_event(
        data,
        stream_id="article:every/1",
        time=dt.datetime(2020, 11, 26, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=3))),
        valid_time=PartialDate(value="2020-11-26", precision="day"),
        provenance=Provenance(article_id="a:1", confidence=1e-05, published="2020-11-26"),
        attribution=Attribution(claimed_by=(speaker,), reported_by=speaker, modality="held"),
        correlation_id="corr-ü-1",
        causation_id='cause\u2028"1"',
    )
    bare = Event.model_validate(
        {
            **full.model_dump(mode="json"),
            "subject": None,
            "valid_time": None,
            "provenance": None,
            "correlation_id": None,
            "causation_id": None,
            "id": "bare",
        }
    )
    dumped = full.model_dump(mode="json")
    # every attribute again, with floats the fast renderer writes itself (1e-05 is not)
    fast = Event.model_validate(
        {**dumped, "id": "fast", "provenance": {**dumped["provenance"], "confidence": 0.5}}
    )
    return [full, fast, bare]


def test_planned_messages_are_byte_identical_to_the_reference_path() -> None:
    history = synthetic_history(20)  # every fact kind the ingest builds, and corrections
    fixes = [retraction(history[0]), supersession(history[1], history[2])]
    appends = [*articles(60, seed=5), _every_attribute(), history, fixes]
    events = [e for a in appends for e in a]
    assert planned(appends) == reference(events)
    assert planned(appends, None) == reference(events, None)


def test_a_sealed_message_reads_back_and_its_chain_checks() -> None:
    for key, value, headers, _, _, digest in planned([_every_attribute()]):
        event = decode(value, headers)  # type: ignore[arg-type]
        assert event.hash == digest and key == event.stream_id.encode()
        assert stored_text(value, headers).count('"data":') >= 1  # type: ignore[arg-type]
