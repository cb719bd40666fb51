"""Build the events of one article: ArticleIngested first, then one event per fact.

Ids are uuid5 of the content, so the same submission always yields the same ids and the
log's idempotency makes a repeat append nothing.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from contracts.chain import canonical_bytes
from contracts.common import Attribution, Evidence, PartialDate, Provenance
from contracts.envelope import EVENT_ID_NAMESPACE, Event, new_event
from contracts.facts import FactData
from contracts.lifecycle import ArticleIngested
from services.ingest.gold import Resolver, attribution_names, fact_payload


@dataclass(frozen=True)
class FactInput:
    """One fact to record, whatever produced it."""

    fact: dict[str, Any]  # gold shape
    evidence: tuple[Evidence, ...] = ()
    modality: str = "asserted"
    confidence: float = 1.0
    date_derivation: str | None = None
    claimed_by: tuple[str, ...] | None = None  # None: derived from the gold arguments


@dataclass(frozen=True)
class ArticleInput:
    article_id: str
    published: str
    url: str | None = None
    language: str | None = None
    content_sha256: str | None = None
    length: int | None = None
    origin: str = "curated"
    extractor: str = "curated"
    extractor_version: str = "1"


def article_stream(article_id: str) -> str:
    return f"article:{article_id}"


def safe_article_id(raw: str) -> str:
    """Article ids are path- and key-safe: letters, digits, dot, dash, underscore."""
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "-", raw.strip()).strip("-.")
    if not cleaned:
        raise ValueError("article id has no usable characters")
    return cleaned[:200]


def _id(*parts: str) -> str:
    return str(uuid.uuid5(EVENT_ID_NAMESPACE, "|".join(parts)))


def build_events(
    article: ArticleInput, facts: Sequence[FactInput], resolve: Resolver
) -> list[Event]:
    """Validate every fact first (raising FactRejected), then build all events."""
    stream = article_stream(article.article_id)
    payloads: list[tuple[FactData, FactInput]] = [
        (fact_payload(i, item.fact, resolve), item) for i, item in enumerate(facts)
    ]
    now = dt.datetime.now(dt.UTC)
    source = Provenance(  # the article's provenance; each fact adds its evidence
        article_id=article.article_id,
        article_url=article.url,
        published=article.published,
        extractor=article.extractor,
        extractor_version=article.extractor_version,
    )
    # each fact's parts first: the article's event id names the facts' ids, and the facts
    # carry it as correlation and causation, so they are built once, already linked
    planned: list[tuple[FactData, str, PartialDate | None, Provenance, Attribution]] = []
    for data, item in payloads:
        names = item.claimed_by if item.claimed_by is not None else attribution_names(item.fact)
        attribution = Attribution(
            claimed_by=tuple(resolve(n) for n in names), modality=item.modality
        )
        provenance = source.model_copy(
            update={"evidence": item.evidence, "confidence": item.confidence}
        )
        event_id = _id(
            stream,
            data.model_dump_json(),
            canonical_bytes(attribution.model_dump(mode="json")).decode(),
        )
        date = getattr(data, "date", None)
        if date is not None and item.date_derivation:
            # how the extractor found the date travels with the fact itself (the id above
            # stays the one of the bare fact, so re-ingesting stays idempotent)
            date = date.model_copy(update={"derivation": item.date_derivation})
            data = data.model_copy(update={"date": date})
        planned.append((data, event_id, date, provenance, attribution))
    unique_ids = tuple(dict.fromkeys(event_id for _, event_id, _, _, _ in planned))
    ingested = ArticleIngested(
        article_id=article.article_id,
        url=article.url,
        published=article.published,
        language=article.language,
        content_sha256=article.content_sha256,
        length=article.length,
        origin=article.origin,
        extractor=article.extractor,
        extractor_version=article.extractor_version,
        fact_count=len(unique_ids),
        fact_ids=unique_ids,
    )
    head_id = _id(stream, "ArticleIngested", article.extractor_version, *unique_ids)
    head = new_event(
        ingested,
        stream_id=stream,
        event_id=head_id,
        time=now,
        provenance=source,
        correlation_id=head_id,
    )
    linked = [
        new_event(
            data,
            stream_id=stream,
            event_id=event_id,
            time=now,
            valid_time=date,
            provenance=provenance,
            attribution=attribution,
            correlation_id=head_id,
            causation_id=head_id,
        )
        for data, event_id, date, provenance, attribution in planned
    ]
    return [head, *linked]
