"""Build events from gold-shaped facts without I/O (names resolve to plain entities)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from contracts.common import EntityRef
from contracts.envelope import Event, new_event
from contracts.lifecycle import FactRetracted, FactSuperseded
from services.ingest.events_for import ArticleInput, FactInput, build_events


def events_from_gold(
    facts: Sequence[dict[str, Any]], article: str = "a1", published: str = "2021-11-23"
) -> list[Event]:
    """The fact events (ArticleIngested left out) for gold-shaped facts."""
    built = build_events(
        ArticleInput(article_id=article, published=published),
        [FactInput(fact=f) for f in facts],
        EntityRef.named,
    )
    return built[1:]


def retraction(fact: Event, reason: str = "misread") -> Event:
    return new_event(FactRetracted(fact_id=fact.id, reason=reason), stream_id=fact.stream_id)


def supersession(fact: Event, replacement: Event, reason: str = "corrected") -> Event:
    data = FactSuperseded(fact_id=fact.id, replacement_id=replacement.id, reason=reason)
    return new_event(data, stream_id=fact.stream_id)
