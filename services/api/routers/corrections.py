"""Corrections of recorded facts (write token required)."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, status

from contracts.envelope import Event
from contracts.http import AppendedPublic, CorrectionCreate, SupersedeCreate
from services.api.deps import ContainerDep, WriterDep
from services.ingest.corrections import CorrectionRefused, retraction_for, supersession_for
from services.ingest.gold import FactRejected, resolve_by_gazetteer

router = APIRouter(prefix="/facts", tags=["corrections"], dependencies=[WriterDep])


async def _append(container: ContainerDep, events: list[Event]) -> list[AppendedPublic]:
    result = await container.ingest.append_events(events)  # counted by outcome
    types = {e.id: e.type for e in events}
    return [
        AppendedPublic(
            event_id=a.event_id, type=types[a.event_id], position=a.position, duplicate=a.duplicate
        )
        for a in result.appended
    ]


def _refused(exc: CorrectionRefused) -> HTTPException:
    code = status.HTTP_404_NOT_FOUND if exc.not_found else status.HTTP_422_UNPROCESSABLE_CONTENT
    return HTTPException(code, str(exc))


@router.post("/{fact_id}/retract", response_model=list[AppendedPublic])
async def retract(
    fact_id: str, body: CorrectionCreate, container: ContainerDep
) -> list[AppendedPublic]:
    """Withdraw a fact: projections stop counting it; the log keeps it and the retraction."""
    try:
        events = await retraction_for(container.log, fact_id, body.reason)
    except CorrectionRefused as exc:
        raise _refused(exc) from None
    return await _append(container, events)


@router.post("/{fact_id}/supersede", response_model=list[AppendedPublic])
async def supersede(
    fact_id: str, body: SupersedeCreate, container: ContainerDep
) -> list[AppendedPublic]:
    """Replace a fact with a corrected one (gold shape); both stay in the log."""
    try:
        events = await supersession_for(
            container.log, fact_id, body.reason, body.fact, resolve_by_gazetteer
        )
    except CorrectionRefused as exc:
        raise _refused(exc) from None
    except FactRejected as exc:
        raise HTTPException(
            status.HTTP_422_UNPROCESSABLE_CONTENT, str(exc).replace("facts[0]", "fact")
        ) from None
    return await _append(container, events)
