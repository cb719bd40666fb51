"""The ingestion use cases: curated facts and raw articles in, events appended."""

from __future__ import annotations

import asyncio
import hashlib
import time
from collections.abc import Sequence
from dataclasses import dataclass

from contracts.common import Evidence
from contracts.envelope import Event
from contracts.http import AppendedPublic, ArticleCreate, FactsCreate, IngestPublic
from events.port import AppendResult, EventLog
from services.ingest.events_for import (
    ArticleInput,
    FactInput,
    article_stream,
    build_events,
    safe_article_id,
)
from services.ingest.gold import Resolver, resolve_by_gazetteer
from services.observability.telemetry import NullTelemetry, Telemetry


@dataclass
class ArticleOutcome:
    ingest: IngestPublic
    language: str | None
    reason: str | None
    facts: list[tuple[str, FactInput]]  # (event id, fact)


class IngestService:
    def __init__(
        self,
        log: EventLog,
        resolve: Resolver = resolve_by_gazetteer,
        time_limit_s: float = 20.0,
        telemetry: Telemetry | None = None,
    ) -> None:
        self._log, self._resolve, self._time_limit_s = log, resolve, time_limit_s
        self._telemetry: Telemetry = telemetry or NullTelemetry()

    async def ingest_facts(self, body: FactsCreate) -> IngestPublic:
        article = ArticleInput(
            article_id=safe_article_id(body.source.article),
            published=body.source.published,
            url=body.source.url,
        )
        events = build_events(
            article, [FactInput(fact=f.as_gold()) for f in body.facts], self._resolve
        )
        return await self._append(article.article_id, events)

    async def ingest_article(self, body: ArticleCreate) -> ArticleOutcome:
        import datetime as dt

        from services.extraction import extract_article

        digest = hashlib.sha256(body.text.encode()).hexdigest()
        started = time.perf_counter()
        try:
            result = await asyncio.to_thread(
                extract_article,
                body.text,
                dt.date.fromisoformat(body.published),
                body.language,
                time_limit_s=self._time_limit_s,
            )
        finally:  # refused and timed-out articles took extraction time too
            self._telemetry.extraction_timed(time.perf_counter() - started)
        facts = [
            FactInput(
                fact={"kind": f.kind, **{k: v for k, v in f.arguments.items() if v is not None}},
                evidence=tuple(
                    Evidence(start=e.start, end=e.end, quote=e.quote) for e in f.evidence
                ),
                modality=f.modality,
                confidence=f.confidence,
                date_derivation=f.date_derivation,
                claimed_by=tuple(f.claimed_by),
            )
            for f in result.facts
        ]
        article = ArticleInput(
            article_id=f"sha256-{digest[:16]}",
            published=body.published,
            url=body.url,
            language=result.language,
            content_sha256=digest,
            length=len(body.text),
            origin="extracted",
            extractor=result.extractor,
            extractor_version=result.extractor_version,
        )
        events = build_events(article, facts, self._resolve)
        ingest = await self._append(article.article_id, events)
        return ArticleOutcome(
            ingest,
            result.language,
            result.reason,
            [(e.id, f) for e, f in zip(events[1:], facts, strict=True)],
        )

    async def append_events(self, events: Sequence[Event]) -> AppendResult:
        """Append as one batch, and report what was new and what was already there."""
        result = await self._log.append(events)
        self._telemetry.appended(events, result)
        return result

    async def _append(self, article_id: str, events: Sequence[Event]) -> IngestPublic:
        result = await self.append_events(events)
        types = {e.id: e.type for e in events}
        appended = [
            AppendedPublic(
                event_id=a.event_id,
                type=types[a.event_id],
                position=a.position,
                duplicate=a.duplicate,
            )
            for a in result.appended
        ]
        return IngestPublic(
            article_id=article_id,
            stream_id=article_stream(article_id),
            event_ids=list(dict.fromkeys(a.event_id for a in appended)),
            events=appended,
            new_events=result.new_count,
            head=result.head,
        )
