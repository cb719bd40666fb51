"""Access by role: reader < writer < admin, each a bearer token from the settings.

- writer: FACTSTREAM_WRITE_TOKEN; appends facts and articles.
- admin: FACTSTREAM_ADMIN_TOKEN; rebuilds, retractions, supersessions, the whole-log export.
  When it is not set, the writer token is the admin token too (what every deployment had
  before roles), so setting only the write token keeps working as it did.
- reader: FACTSTREAM_READ_TOKEN, optional; when set, reads need a token (any role).

A role whose token is not configured is open. A higher role's token is accepted wherever a
lower one is. Tokens are compared in constant time. No token or an unknown one: 401; a
known token of too low a role: 403.
"""

from __future__ import annotations

import hmac
from enum import IntEnum
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from services.settings import Settings


class Role(IntEnum):
    reader = 1
    writer = 2
    admin = 3


_bearer = HTTPBearer(auto_error=False, scheme_name="bearer", description="A role's token.")
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]


def role_tokens(settings: Settings) -> dict[Role, str]:
    """The configured token of each role (admin falls back to the writer token)."""
    tokens = {
        Role.reader: settings.read_token,
        Role.writer: settings.write_token,
        Role.admin: settings.admin_token or settings.write_token,
    }
    return {role: token for role, token in tokens.items() if token}


def role_of(presented: str, tokens: dict[Role, str]) -> Role | None:
    """The highest role whose token equals `presented` (every comparison runs)."""
    found: Role | None = None
    for role, token in tokens.items():
        if hmac.compare_digest(presented.encode(), token.encode()) and (
            found is None or role > found
        ):
            found = role
    return found


def check_access(needed: Role, presented: str | None, tokens: dict[Role, str]) -> None:
    if needed not in tokens:
        return
    if presented is None:
        raise _unauthorized(needed, "this route needs a bearer token")
    role = role_of(presented, tokens)
    if role is None:
        raise _unauthorized(needed, "the bearer token is not valid")
    if role < needed:
        raise HTTPException(
            status.HTTP_403_FORBIDDEN,
            f"this route needs the {needed.name} role; the token given is a {role.name} token",
        )


def _unauthorized(needed: Role, why: str) -> HTTPException:
    return HTTPException(
        status.HTTP_401_UNAUTHORIZED,
        f"{why}: send 'Authorization: Bearer <token>' with a {needed.name} (or higher) token",
        headers={"WWW-Authenticate": "Bearer"},
    )


def _requirement(needed: Role):  # type: ignore[no-untyped-def]
    # async: FastAPI would run a plain `def` dependency in a worker thread, per request
    async def require(request: Request, credentials: Credentials) -> None:
        settings: Settings = request.app.state.container.settings
        presented = credentials.credentials if credentials is not None else None
        check_access(needed, presented, role_tokens(settings))

    require.__name__ = f"require_{needed.name}"
    return require


ReaderDep = Depends(_requirement(Role.reader))
WriterDep = Depends(_requirement(Role.writer))
AdminDep = Depends(_requirement(Role.admin))
