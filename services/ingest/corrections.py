"""Corrections: retract a fact, or supersede it with a corrected one.

The correction goes on the fact's own stream (so it follows the fact on every backend);
the log keeps both the fact and its correction. Ids are content-derived: a repeat is a no-op.
"""

from __future__ import annotations

import uuid
from typing import Any

from contracts.envelope import EVENT_ID_NAMESPACE, FACT_KIND_NAMES, Event, new_event
from contracts.lifecycle import FactRetracted, FactSuperseded
from events.port import EventLog
from services.ingest.events_for import ArticleInput, FactInput, build_events
from services.ingest.gold import Resolver


class CorrectionRefused(ValueError):
    """The id names no fact (unknown, or an event that is not a fact)."""

    def __init__(self, message: str, *, not_found: bool = False) -> None:
        super().__init__(message)
        self.not_found = not_found


async def _fact(log: EventLog, fact_id: str) -> Event:
    event = await log.get(fact_id)
    if event is None:
        raise CorrectionRefused(f"no event {fact_id!r}", not_found=True)
    if event.type not in FACT_KIND_NAMES:
        raise CorrectionRefused(f"event {fact_id!r} is a {event.type}, not a fact")
    return event


async def retraction_for(log: EventLog, fact_id: str, reason: str) -> list[Event]:
    fact = await _fact(log, fact_id)
    event_id = str(uuid.uuid5(EVENT_ID_NAMESPACE, f"retract|{fact_id}|{reason}"))
    return [
        new_event(
            FactRetracted(fact_id=fact_id, reason=reason),
            stream_id=fact.stream_id,
            event_id=event_id,
            causation_id=fact_id,
            correlation_id=fact.correlation_id,
        )
    ]


async def supersession_for(
    log: EventLog, fact_id: str, reason: str, replacement: dict[str, Any], resolve: Resolver
) -> list[Event]:
    """The corrected fact (same article and provenance) and the FactSuperseded linking them."""
    fact = await _fact(log, fact_id)
    prov = fact.provenance
    article = ArticleInput(
        article_id=prov.article_id if prov else fact.stream_id.removeprefix("article:"),
        published=(prov.published if prov else None) or fact.time.date().isoformat(),
        url=prov.article_url if prov else None,
        extractor="curated-correction",
        extractor_version="1",
    )
    built = build_events(article, [FactInput(fact=replacement)], resolve)[1]
    new_fact = built.model_copy(
        update={"stream_id": fact.stream_id, "subject": fact.stream_id, "causation_id": fact_id}
    )
    if new_fact.id == fact_id:
        raise CorrectionRefused("the replacement is identical to the fact it would supersede")
    link_id = str(uuid.uuid5(EVENT_ID_NAMESPACE, f"supersede|{fact_id}|{new_fact.id}"))
    link = new_event(
        FactSuperseded(fact_id=fact_id, replacement_id=new_fact.id, reason=reason),
        stream_id=fact.stream_id,
        event_id=link_id,
        causation_id=fact_id,
        correlation_id=fact.correlation_id,
    )
    return [new_fact, link]
