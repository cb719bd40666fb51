"""What `serve --ingest-reference` does once the service is up."""

from __future__ import annotations

import gc
import logging
from collections.abc import Awaitable, Callable

from contracts.http import ArticleCreate
from services.bootstrap import Container
from services.cli.runtime import REFERENCE_ARTICLE, REFERENCE_PUBLISHED

log = logging.getLogger("factstream")


async def ingest_reference_article(container: Container) -> None:
    text = REFERENCE_ARTICLE.read_text(encoding="utf-8")
    outcome = await container.ingest.ingest_article(
        ArticleCreate(text=text, published=REFERENCE_PUBLISHED, language="ru")
    )
    log.info(
        "reference article ingested: %d facts, %d new events, log head %d",
        len(outcome.facts),
        outcome.ingest.new_events,
        outcome.ingest.head,
    )


def serve_startup(ingest_reference: bool) -> Callable[[Container], Awaitable[None]]:
    """What runs once the service is up: the optional reference ingest, then a GC freeze so
    that what start-up loaded (extraction models, the container) is not walked by every full
    collection; those walks were the tail of the read latency (bench/bench_reads.py)."""

    async def started(container: Container) -> None:
        if ingest_reference:
            await ingest_reference_article(container)
        gc.freeze()

    return started
