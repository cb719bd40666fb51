"""Recording from the stored dicts (a rebuild's trusted path) equals the reducers' record_all."""

from __future__ import annotations

import random
from pathlib import Path

from contracts.common import EntityRef, Evidence, PartialDate
from contracts.envelope import Attribution, Event, Provenance, new_event
from contracts.facts import MeetingPostponed, PeacekeepersDeployed, TerritoryTransferred
from events.sqlite.log import SqliteEventLog
from services.projections.registry import CORRECTIONS, PROJECTIONS
from services.projections.trusted_record import RawEvent
from tests.support.builders import retraction, supersession
from tests.support.history import synthetic_history

A, B, C = (EntityRef.named(n) for n in ("Ilham Aliyev", "Nikol Pashinyan", "Sochi"))
DAY = PartialDate.parse("2021-11-26")


def _varied() -> list[Event]:
    """Events with every optional part set or left out."""
    said = Provenance(
        article_id="v1",
        published=None,
        evidence=(Evidence(start=3, end=9, quote="met in"), Evidence(start=20, end=25, quote="x")),
        extractor="rules",
        extractor_version="2.15.0",
    )
    who = Attribution(claimed_by=(A, B), reported_by=C, modality="planned")
    return [
        new_event(
            MeetingPostponed(
                participants=(B, A, B),
                date=DAY,
                previous_date=PartialDate.parse("2021-11"),
                place=C,
            ),
            stream_id="article:v1",
            provenance=said,
            attribution=who,
        ),
        new_event(MeetingPostponed(participants=(A, B)), stream_id="article:v2"),
        new_event(PeacekeepersDeployed(force=C, area=A, date=DAY), stream_id="article:v3"),
        new_event(PeacekeepersDeployed(force=C), stream_id="article:v3"),  # no area: no key
        new_event(
            TerritoryTransferred(territory=A, to_party=B, date=PartialDate.parse("2021")),
            stream_id="article:v4",
            provenance=said,
        ),
    ]


async def test_record_raw_equals_record_all(tmp_path: Path) -> None:
    facts = [*synthetic_history(40), *_varied()]
    corrections = [retraction(facts[4]), supersession(facts[7], facts[8]), retraction(facts[-1])]
    log = SqliteEventLog(tmp_path / "events.sqlite3")
    await log.append([*facts, *corrections, retraction(facts[4])])
    stored = await log.read_all()
    kinds = frozenset().union(CORRECTIONS, *(p.kinds for p in PROJECTIONS))
    dicts, last = await log.replay_dicts(kinds)
    assert last == stored[-1].position
    raws = [RawEvent.of(d) for d in dicts]
    assert [r.id for r in raws] == [e.id for e in stored if e.type in kinds]
    events = [e for e in stored if e.type in kinds]
    rng = random.Random(13)
    for projection in PROJECTIONS:
        assert projection.raw_keys_for is not None and projection.record_raw is not None
        routes: dict[str, list[str]] = {}
        by_key: dict[str, list[tuple[Event, RawEvent]]] = {}
        for event, raw in zip(events, raws, strict=True):
            if event.type in CORRECTIONS:
                keys = routes.get(event.data.fact_id, [])  # type: ignore[union-attr]
            else:
                keys = projection.keys_for(event)
                assert projection.raw_keys_for(raw) == keys
                routes[event.id] = keys
            for key in keys:
                by_key.setdefault(key, []).append((event, raw))
        assert by_key
        for pairs in by_key.values():
            plain = trusted = None
            seen: set[str] = set()
            i = 0
            while i < len(pairs):  # random batches, the fact-id set kept between them
                step = pairs[i : i + rng.randint(1, 7)]
                i += len(step)
                plain = projection.record_all(plain, [e for e, _ in step])
                trusted = projection.record_raw(trusted, [r for _, r in step], seen)
                assert trusted == plain
                settled = projection.settle(trusted).model_dump_json()
                assert settled == projection.settle(plain).model_dump_json()
    await log.close()
