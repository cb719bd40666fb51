"""Projection status and zero-downtime (blue-green) rebuilds."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, status

from services.api.deps import ContainerDep, WriterDep
from services.bluegreen import projection_status
from services.projections.registry import BY_NAME, Projection

router = APIRouter(prefix="/projections", tags=["projections"])


def _projection(name: str) -> Projection:
    if name not in BY_NAME:
        raise HTTPException(
            status.HTTP_404_NOT_FOUND,
            f"no projection {name!r}; known: {', '.join(sorted(BY_NAME))}",
        )
    return BY_NAME[name]


@router.get("/{name}/status")
async def get_status(name: str, container: ContainerDep) -> dict[str, Any]:
    """Position, lag and state of the live projection, and of a rebuild beside it."""
    projection = _projection(name)
    # The rebuild's state first: "switched" is set only after the alias moved, so a reply
    # that says switched also names the new namespace (read after it, below).
    rebuild = container.blue_green.status.get(projection.name)
    snapshot = rebuild.public() if rebuild else None
    out = await projection_status(container.log, container.store, projection)
    out["rebuild"] = snapshot
    return out


@router.post("/{name}/rebuild", status_code=status.HTTP_202_ACCEPTED, dependencies=[WriterDep])
async def start_rebuild(name: str, container: ContainerDep) -> dict[str, Any]:
    """Build a fresh copy beside the live one; it becomes live atomically once caught up."""
    return container.blue_green.start(_projection(name)).public()
