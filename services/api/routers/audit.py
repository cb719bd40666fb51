"""Audit: verify the hash chain, export a range for offline checking."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from fastapi.responses import StreamingResponse

from events.audit import verify
from services.api.deps import ContainerDep
from services.audit_export import export_lines

router = APIRouter(prefix="/audit", tags=["audit"])


@router.get("/verify")
async def verify_chain(container: ContainerDep) -> dict[str, Any]:
    """Walk the whole hash chain; `first_bad_position` names where it breaks."""
    report = await verify(container.log)
    return dict(report.__dict__)


@router.get("/export")
async def export(
    container: ContainerDep,
    from_: Annotated[int, Query(alias="from", ge=1)] = 1,
    to: Annotated[int | None, Query(ge=1)] = None,
) -> StreamingResponse:
    """NDJSON: a begin anchor, each event's stored text and hash, an end anchor.
    Check it offline with `python3 scripts/verify_export.py FILE`."""
    return StreamingResponse(
        export_lines(container.log, from_, to), media_type="application/x-ndjson"
    )
