"""Typed dependencies of the routers (async: a plain `def` one would run in a worker thread)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, HTTPException, Request

from services.bootstrap import Container
from services.projector.runner import Projector
from services.readside.queries import ReadModels
from services.worker.rebuild_status import RebuildWatch

REBUILD_RETRY_S = 2


async def get_container(request: Request) -> Container:
    container: Container = request.app.state.container
    return container


ContainerDep = Annotated[Container, Depends(get_container)]


async def get_read_models(container: ContainerDep) -> ReadModels:
    return ReadModels(container.store, container.log)


ReadModelsDep = Annotated[ReadModels, Depends(get_read_models)]


def rebuilding_detail(state: Projector | RebuildWatch | None) -> str | None:
    """What reads say while lost read models are rebuilt (by the in-process projector, or
    by the Kafka workers: `Container.rebuild_state`)."""
    if state is None:
        return None
    if state.waiting_for is not None:
        return (
            f"{state.waiting_for} is unavailable: the read models wait for it to come "
            f"back; try again in {REBUILD_RETRY_S} s"
        )
    progress = state.rebuilding
    if progress is None:
        return None
    return (
        f"the read models are rebuilding: position {progress.position} of {progress.target} "
        f"({progress.percent}%); try again in {REBUILD_RETRY_S} s"
    )


async def require_read_models(container: ContainerDep) -> None:
    """Reads of read models answer 503 "rebuilding" (with progress) until caught up:
    half-built documents would be wrong answers, not stale ones."""
    detail = rebuilding_detail(await container.rebuild_state())
    if detail is not None:
        raise HTTPException(503, detail, headers={"Retry-After": str(REBUILD_RETRY_S)})


ReadModelsReadyDep = Depends(require_read_models)
