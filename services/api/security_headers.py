"""Security headers on every response, set only where the app did not set them itself:
nosniff everywhere, no-store on writes (and on every error), a strict CSP on HTML pages.
A page with its own CSP (e.g. the desk page) keeps it."""

from __future__ import annotations

from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

# /docs (Swagger UI) and /redoc load their script and style from a CDN.
HTML_CSP = (
    "default-src 'none'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
    "style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; img-src 'self' data: "
    "https://fastapi.tiangolo.com; connect-src 'self'; frame-ancestors 'none'; "
    "base-uri 'none'; form-action 'none'"
)
_SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
_ALWAYS = ((b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"no-referrer"))
_HTML = ((b"content-security-policy", HTML_CSP.encode()), (b"x-frame-options", b"DENY"))


class SecurityHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        write = scope["method"] not in _SAFE_METHODS

        async def add_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = _with_security_headers(
                    list(message.get("headers") or ()), write or message["status"] >= 400
                )
            await send(message)

        await self.app(scope, receive, add_headers)


def _with_security_headers(headers: list[tuple[bytes, bytes]], no_store: bool) -> list[Any]:
    """`headers` plus each of ours the app did not set (one pass over the app's names)."""
    names = set()
    content_type = b""
    for name, value in headers:
        lowered = name.lower()
        names.add(lowered)
        if lowered == b"content-type" and not content_type:
            content_type = value
    for name, value in _ALWAYS:
        if name not in names:
            headers.append((name, value))
    if no_store and b"cache-control" not in names:
        headers.append((b"cache-control", b"no-store"))
    if content_type.startswith(b"text/html"):
        for name, value in _HTML:
            if name not in names:
                headers.append((name, value))
    return headers
