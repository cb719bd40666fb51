"""Clear 4xx answers: what was wrong, where; never a stack trace.

Every error body has the one shape of contracts.http.ErrorPublic: {"detail": str} and, for
a request that failed validation, "errors": ["where: what", ...].
"""

from __future__ import annotations

import re
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from events.dependency import DependencyUnavailable, StorageFull
from events.port import EventIdConflict, WrongExpectedVersion

# pydantic names union branches in error locations ("function-after[...]", "list[str]");
# a reader wants the field path only.
_FIELD = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")
_INTERNAL = {"constrained-str", "body"}


def _where(loc: tuple[Any, ...]) -> str:
    parts = [
        str(p)
        for p in loc
        if isinstance(p, int) or (isinstance(p, str) and _FIELD.match(p) and p not in _INTERNAL)
    ]
    return ".".join(parts) or "body"


def _message(error: dict[str, Any]) -> str:
    message = f"{_where(tuple(error['loc']))}: {error['msg']}"
    given = error.get("input")
    if error.get("type") == "unknown_kind" and isinstance(given, dict):
        message += f" (got {str(given.get('kind'))[:100]!r})"
    return message


def validation_messages(errors: Any) -> list[str]:
    """Each problem once, as `where: what` (at most 20)."""
    return list(dict.fromkeys(_message(e) for e in errors))[:20]


async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
    errors = exc.errors()
    if any(e.get("type") == "json_invalid" for e in errors):
        detail = "; ".join(str(e.get("ctx", {}).get("error", e["msg"])) for e in errors)
        message = f"request body is not valid JSON: {detail}"
        return JSONResponse({"detail": message, "errors": [message]}, 400)
    messages = validation_messages(errors)
    return JSONResponse({"detail": "; ".join(messages), "errors": messages}, 422)


_FASTAPI_PARSE_ERROR = "There was an error parsing the body"


def _parse_failure(cause: BaseException | None) -> str:
    """Why FastAPI could not parse a JSON body (it only says that it could not)."""
    if isinstance(cause, UnicodeDecodeError):
        return f"request body is not valid JSON: not UTF-8 (byte {cause.start}: {cause.reason})"
    if isinstance(cause, RecursionError):
        return "request body is not valid JSON we accept: nested too deeply"
    return f"request body is not valid JSON: {cause}"


async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
    detail = str(exc.detail)
    if exc.status_code == 400 and detail == _FASTAPI_PARSE_ERROR:
        detail = _parse_failure(exc.__cause__)
    return JSONResponse({"detail": detail}, exc.status_code, headers=getattr(exc, "headers", None))


async def _conflict(request: Request, exc: Exception) -> JSONResponse:
    return JSONResponse({"detail": str(exc)}, 409)


async def _unavailable(request: Request, exc: Exception) -> JSONResponse:
    """503 naming the dependency (507 for a full disk), with when to try again."""
    assert isinstance(exc, DependencyUnavailable)
    status = 507 if isinstance(exc, StorageFull) else 503
    detail = f"{exc}; try again in {exc.retry_after_s} s"
    headers = {"Retry-After": str(exc.retry_after_s)}
    return JSONResponse({"detail": detail}, status, headers=headers)


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, _validation)  # type: ignore[arg-type]
    app.add_exception_handler(StarletteHTTPException, _http)  # type: ignore[arg-type]
    app.add_exception_handler(EventIdConflict, _conflict)
    app.add_exception_handler(WrongExpectedVersion, _conflict)
    app.add_exception_handler(DependencyUnavailable, _unavailable)
