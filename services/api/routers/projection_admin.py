"""Projection status and zero-downtime (blue-green) rebuilds."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, status

from services.api.access import AdminDep, ReaderDep, Role
from services.api.deps import ContainerDep
from services.api.responses import OPTIONAL_AUTH, errors
from services.projections.registry import BY_NAME, Projection
from services.readside.bluegreen import projection_status

router = APIRouter(prefix="/projections", tags=["projections"])
# The names of services.projections.registry; a test keeps the two equal.
ProjectionName = Annotated[
    Literal["meetings", "territories"], Path(description="A projection's name.")
]


def _projection(name: str) -> Projection:
    return BY_NAME[name]


@router.get(
    "/{name}/status",
    dependencies=[ReaderDep],
    responses=errors(role=Role.reader),
    openapi_extra=OPTIONAL_AUTH,
)
async def get_status(name: ProjectionName, container: ContainerDep) -> dict[str, Any]:
    """Position, lag and state of the live projection, and of a rebuild beside it."""
    projection = _projection(name)
    # The rebuild's state first: "switched" is set only after the alias moved, so a reply
    # that says switched also names the new namespace (read after it, below).
    rebuild = container.blue_green.status.get(projection.name)
    snapshot = rebuild.public() if rebuild else None
    out = await projection_status(container.log, container.store, projection)
    out["rebuild"] = snapshot
    return out


@router.post(
    "/{name}/rebuild",
    status_code=status.HTTP_202_ACCEPTED,
    dependencies=[AdminDep],
    responses=errors(role=Role.admin),
)
async def start_rebuild(name: ProjectionName, container: ContainerDep) -> dict[str, Any]:
    """Build a fresh copy beside the live one; it becomes live atomically once caught up."""
    return container.blue_green.start(_projection(name)).public()
