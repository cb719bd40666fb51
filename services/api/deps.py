"""Typed dependencies of the routers (async: a plain `def` one would run in a worker thread)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from services.bootstrap import Container
from services.readside.queries import ReadModels


async def get_container(request: Request) -> Container:
    container: Container = request.app.state.container
    return container


ContainerDep = Annotated[Container, Depends(get_container)]


async def get_read_models(container: ContainerDep) -> ReadModels:
    return ReadModels(container.store, container.log)


ReadModelsDep = Annotated[ReadModels, Depends(get_read_models)]
