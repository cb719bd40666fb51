"""Audit: verify the hash chain, export a range for offline checking."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from fastapi.responses import StreamingResponse

from events.audit import verify
from services.api.access import AdminDep, ReaderDep, Role
from services.api.deps import ContainerDep
from services.api.responses import OPTIONAL_AUTH, errors
from services.readside.audit_export import export_lines

router = APIRouter(prefix="/audit", tags=["audit"])
MAX_POSITION = 10**15


class NdjsonResponse(StreamingResponse):
    media_type = "application/x-ndjson"


EXPORT_DOC: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "NDJSON, one JSON object a line: a begin anchor, each event's stored "
        "text and hash, an end anchor.",
        "content": {"application/x-ndjson": {"schema": {"type": "string"}}},
    },
    **errors(role=Role.admin, json_content=True),
}


@router.get(
    "/verify",
    dependencies=[ReaderDep],
    responses=errors(role=Role.reader),
    openapi_extra=OPTIONAL_AUTH,
)
async def verify_chain(container: ContainerDep) -> dict[str, Any]:
    """Walk the whole hash chain; `first_bad_position` names where it breaks."""
    report = await verify(container.log)
    return dict(report.__dict__)


@router.get("/export", dependencies=[AdminDep], response_class=NdjsonResponse, responses=EXPORT_DOC)
async def export(
    container: ContainerDep,
    from_: Annotated[int, Query(alias="from", ge=1, le=MAX_POSITION)] = 1,
    to: Annotated[int | None, Query(ge=1, le=MAX_POSITION)] = None,
) -> NdjsonResponse:
    """The log (whole, or positions `from`..`to`) as NDJSON for offline checking with
    `python3 scripts/verify_export.py FILE`."""
    return NdjsonResponse(export_lines(container.log, from_, to))
