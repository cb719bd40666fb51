"""Writes: curated facts and articles in, events appended (idempotently)."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, status

from contracts.http import (
    ArticleCreate,
    ArticleIngestPublic,
    ExtractedFactPublic,
    FactsCreate,
    IngestPublic,
)
from services.api.access import Role, WriterDep
from services.api.deps import ContainerDep
from services.api.rate_limit import ArticleRateLimitDep
from services.api.responses import errors
from services.ingest.gold import FactRejected

router = APIRouter(tags=["ingest"], dependencies=[WriterDep])
# events[0] is the ArticleIngested event; events[1] the first fact.
FIRST_FACT_LINKS = {
    f"{op}FirstFact": {
        "operationId": f"{op}Fact",
        "parameters": {"fact_id": "$response.body#/events/1/event_id"},
    }
    for op in ("retract", "supersede")
}


@router.post(
    "/facts",
    response_model=IngestPublic,
    status_code=status.HTTP_200_OK,
    responses={**errors(409, role=Role.writer, body=True), 200: {"links": FIRST_FACT_LINKS}},
)
async def post_facts(body: FactsCreate, container: ContainerDep) -> IngestPublic:
    """Curated facts in the gold shape; one event per fact plus ArticleIngested."""
    try:
        return await container.ingest.ingest_facts(body)
    except FactRejected as exc:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, str(exc)) from None


@router.post(
    "/articles",
    response_model=ArticleIngestPublic,
    dependencies=[ArticleRateLimitDep],
    responses=errors(409, 429, 500, role=Role.writer, body=True),
)
async def post_article(body: ArticleCreate, container: ContainerDep) -> ArticleIngestPublic:
    """Extract the facts of an article and append them; the same article twice adds nothing."""
    from services.extraction import ExtractionRejected, ExtractionTimeout

    try:
        outcome = await container.ingest.ingest_article(body)
    except ExtractionRejected as exc:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, str(exc)) from None
    except ExtractionTimeout as exc:
        raise HTTPException(
            status.HTTP_422_UNPROCESSABLE_CONTENT, f"extraction took too long: {exc}"
        ) from None
    except FactRejected as exc:  # the extractor produced something invalid: our bug
        raise HTTPException(status.HTTP_500_INTERNAL_SERVER_ERROR, str(exc)) from None
    facts = [
        ExtractedFactPublic(
            event_id=event_id,
            kind=item.fact["kind"],
            arguments={k: v for k, v in item.fact.items() if k != "kind"},
            evidence=[e.model_dump() for e in item.evidence],
            modality=item.modality,
            claimed_by=list(item.claimed_by or ()),
        )
        for event_id, item in outcome.facts
    ]
    return ArticleIngestPublic(
        **outcome.ingest.model_dump(), language=outcome.language, reason=outcome.reason, facts=facts
    )
