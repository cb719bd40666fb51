"""Typed dependencies of the routers."""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from services.bootstrap import Container
from services.queries import ReadModels


def get_container(request: Request) -> Container:
    container: Container = request.app.state.container
    return container


ContainerDep = Annotated[Container, Depends(get_container)]


def get_read_models(container: ContainerDep) -> ReadModels:
    return ReadModels(container.store, container.log)


ReadModelsDep = Annotated[ReadModels, Depends(get_read_models)]
_bearer = HTTPBearer(auto_error=False)


def require_writer(
    container: ContainerDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> None:
    """Write routes need the bearer token when FACTSTREAM_WRITE_TOKEN is set."""
    token = container.settings.write_token
    if not token:
        return
    if credentials is None or not secrets.compare_digest(credentials.credentials, token):
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "this route needs 'Authorization: Bearer <FACTSTREAM_WRITE_TOKEN>'",
            headers={"WWW-Authenticate": "Bearer"},
        )


WriterDep = Depends(require_writer)
