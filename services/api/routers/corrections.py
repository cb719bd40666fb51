"""Corrections of recorded facts (admin role)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, status

from contracts.envelope import Event
from contracts.http import AppendedPublic, CorrectionCreate, SupersedeCreate
from contracts.limits import ID_PATTERN
from services.api.access import AdminDep, Role
from services.api.deps import ContainerDep
from services.api.responses import errors
from services.ingest.corrections import CorrectionRefused, retraction_for, supersession_for
from services.ingest.gold import FactRejected, resolve_by_gazetteer

router = APIRouter(prefix="/facts", tags=["corrections"], dependencies=[AdminDep])
FactId = Annotated[str, Path(pattern=ID_PATTERN, description="The fact's event id.")]
DOCUMENTED = errors(404, 409, role=Role.admin, body=True)


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
    # Not a fact, or nothing would change: the request is well formed, the log says no.
    code = status.HTTP_404_NOT_FOUND if exc.not_found else status.HTTP_409_CONFLICT
    return HTTPException(code, str(exc))


@router.post(
    "/{fact_id}/retract",
    response_model=list[AppendedPublic],
    responses=DOCUMENTED,
    operation_id="retractFact",
)
async def retract(
    fact_id: FactId, body: CorrectionCreate, container: ContainerDep
) -> list[AppendedPublic]:
    """Withdraw a fact: projections stop counting it; the log keeps it and the retraction."""
    try:
        events = await retraction_for(container.log, fact_id, body.reason)
    except CorrectionRefused as exc:
        raise _refused(exc) from None
    return await _append(container, events)


@router.post(
    "/{fact_id}/supersede",
    response_model=list[AppendedPublic],
    responses=DOCUMENTED,
    operation_id="supersedeFact",
)
async def supersede(
    fact_id: FactId, body: SupersedeCreate, container: ContainerDep
) -> list[AppendedPublic]:
    """Replace a fact with a corrected one (gold shape); both stay in the log."""
    try:
        events = await supersession_for(
            container.log, fact_id, body.reason, body.fact.as_gold(), resolve_by_gazetteer
        )
    except CorrectionRefused as exc:
        raise _refused(exc) from None
    except FactRejected as exc:
        raise HTTPException(
            status.HTTP_422_UNPROCESSABLE_CONTENT, str(exc).replace("facts[0]", "fact")
        ) from None
    return await _append(container, events)
