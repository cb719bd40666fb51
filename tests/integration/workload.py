"""A deterministic, projection-heavy stream of articles for integration tests and benches.

Each article is one stream of a few facts: meetings among a pool of people (many groups,
all five meeting kinds), territory transfers, peacekeepers, statements (not projected) and,
now and then, a retraction or supersession of an earlier fact.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator

from contracts.common import EntityRef, Evidence, PartialDate, Provenance
from contracts.envelope import Event, new_event
from contracts.facts import (
    FactData,
    MeetingAnnounced,
    MeetingCancelled,
    MeetingDenied,
    MeetingHeld,
    MeetingPostponed,
    PeacekeepersDeployed,
    StatementMade,
    TerritoryTransferred,
    TerritoryTransferScheduled,
)
from contracts.lifecycle import FactRetracted, FactSuperseded

T0 = dt.datetime(2021, 11, 1, tzinfo=dt.UTC)
CORRECTION_LAG = 100
MEETINGS = (MeetingAnnounced, MeetingDenied, MeetingHeld, MeetingPostponed, MeetingCancelled)


def _people(n: int) -> list[EntityRef]:
    return [EntityRef.named(f"Person {i}", "person") for i in range(n)]


def _places(n: int, prefix: str = "Place") -> list[EntityRef]:
    return [EntityRef.named(f"{prefix} {i}", "place") for i in range(n)]


def _fact(rng: random.Random, people: list[EntityRef], places: list[EntityRef]) -> FactData:
    roll = rng.random()
    day = PartialDate.parse(f"2021-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
    if roll < 0.6:
        kind = rng.choice(MEETINGS)
        who = tuple(rng.sample(people, 2))
        return kind(participants=who, date=day)
    if roll < 0.75:
        kind2 = rng.choice((TerritoryTransferred, TerritoryTransferScheduled))
        return kind2(territory=rng.choice(places), to_party=rng.choice(people), date=day)
    if roll < 0.85:
        return PeacekeepersDeployed(force=rng.choice(people), area=rng.choice(places), date=day)
    return StatementMade(speaker=rng.choice(people), summary=f"said {rng.randint(0, 10**6)}")


def articles(
    count: int, per_article: int = 5, seed: int = 7, people: int = 40, places: int = 60
) -> Iterator[list[Event]]:
    """`count` articles (streams) of `per_article` events each. A correction targets a fact
    at least CORRECTION_LAG articles older, so concurrent appends cannot reorder the two."""
    rng = random.Random(seed)
    pool, where = _people(people), _places(places)
    earlier: list[str] = []
    recent: list[list[str]] = []
    for a in range(count):
        if len(recent) > CORRECTION_LAG:
            earlier += recent.pop(0)
        recent.append([])
        stream = f"article:{seed}-{a}"
        published = (T0 + dt.timedelta(hours=a)).date().isoformat()
        out: list[Event] = []
        for i in range(per_article):
            prov = Provenance(
                article_id=stream,
                published=published,
                evidence=(Evidence(start=i * 10, end=i * 10 + 5, quote="text"),),
            )
            data: FactData
            if earlier and rng.random() < 0.03:
                target = earlier.pop(rng.randrange(len(earlier)))
                data = (
                    FactRetracted(fact_id=target, reason="wrong")
                    if rng.random() < 0.5
                    else FactSuperseded(fact_id=target, replacement_id=f"r-{a}-{i}", reason="fix")
                )
            else:
                data = _fact(rng, pool, where)
            event = new_event(
                data, stream_id=stream, event_id=f"{stream}/{i}", time=T0, provenance=prov
            )
            out.append(event)
            if not isinstance(data, StatementMade | FactRetracted | FactSuperseded):
                recent[-1].append(event.id)
        yield out
