"""Clear 4xx answers: what was wrong, where; never a stack trace."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from events.port import EventIdConflict, WrongExpectedVersion


def _where(loc: tuple[Any, ...]) -> str:
    return ".".join(str(p) for p in loc if p != "body") or "body"


async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
    errors = exc.errors()
    if any(e.get("type") == "json_invalid" for e in errors):
        detail = "; ".join(str(e.get("ctx", {}).get("error", e["msg"])) for e in errors)
        return JSONResponse({"detail": f"request body is not valid JSON: {detail}"}, 400)
    messages = [f"{_where(tuple(e['loc']))}: {e['msg']}" for e in errors]
    return JSONResponse({"detail": "; ".join(messages), "errors": messages}, 422)


async def _conflict(request: Request, exc: Exception) -> JSONResponse:
    return JSONResponse({"detail": str(exc)}, 409)


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, _validation)  # type: ignore[arg-type]
    app.add_exception_handler(EventIdConflict, _conflict)
    app.add_exception_handler(WrongExpectedVersion, _conflict)
