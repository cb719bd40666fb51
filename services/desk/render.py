"""Rendering desk pages: the template environment, the page's security headers, and the
"as of" control every view shares."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse
from starlette.templating import Jinja2Templates

from services.bootstrap import Container
from services.readside.timetravel import TimeTravel

HERE = Path(__file__).resolve().parent
STATIC_DIR = HERE / "static"

# Only our own scripts, styles and images; no inline code, no other host, no framing.
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
PAGE_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}


@lru_cache(maxsize=1)
def templates() -> Jinja2Templates:
    env = Jinja2Templates(directory=str(HERE / "templates"))
    env.env.globals["query"] = _query
    return env


def _query(base: dict[str, Any], **changes: Any) -> str:
    """A query string: `base` with `changes` applied, empty values left out."""
    merged = {**base, **changes}
    return urlencode({k: v for k, v in merged.items() if v not in (None, "")})


@dataclass(frozen=True)
class AsOf:
    """The "as of" control: the raw text, the log position it means, and any error."""

    text: str = ""
    position: int | None = None
    error: str | None = None

    def query(self) -> dict[str, str]:
        return {"as_of": self.text} if self.text and self.error is None else {}


async def read_as_of(container: Container, text: str | None) -> AsOf:
    text = (text or "").strip()
    if not text:
        return AsOf()
    if text.isdigit():
        return AsOf(text, int(text))
    try:
        when = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return AsOf(text, None, f"{text!r} is neither a log position nor an ISO date/time")
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return AsOf(text, await TimeTravel(container.log, container.store).position_at(when))


def page(
    request: Request,
    name: str,
    context: dict[str, Any],
    status_code: int = 200,
    headers: dict[str, str] | None = None,
) -> HTMLResponse:
    as_of: AsOf = context.get("as_of") or AsOf()
    if as_of.error is not None and status_code == 200:
        status_code = 400
    response = templates().TemplateResponse(
        request,
        name,
        {"as_of": as_of, "nav": as_of.query(), **context},
        status_code=status_code,
        headers={**PAGE_HEADERS, **(headers or {})},
    )
    return response
