"""Security headers on every response, set only where the app did not set them itself:
nosniff everywhere, no-store on writes (and on every error), a strict CSP on HTML pages.
A page with its own CSP (e.g. the desk page) keeps it."""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

# /docs (Swagger UI) and /redoc load their script and style from a CDN.
HTML_CSP = (
    "default-src 'none'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
    "style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; img-src 'self' data: "
    "https://fastapi.tiangolo.com; connect-src 'self'; frame-ancestors 'none'; "
    "base-uri 'none'; form-action 'none'"
)
_SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


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
                headers = list(message.get("headers") or [])
                names = {name.lower() for name, _ in headers}
                content_type = next((v for n, v in headers if n.lower() == b"content-type"), b"")

                def put(name: bytes, value: str) -> None:
                    if name not in names:
                        headers.append((name, value.encode()))
                        names.add(name)

                put(b"x-content-type-options", "nosniff")
                put(b"referrer-policy", "no-referrer")
                if write or message["status"] >= 400:
                    put(b"cache-control", "no-store")
                if content_type.startswith(b"text/html"):
                    put(b"content-security-policy", HTML_CSP)
                    put(b"x-frame-options", "DENY")
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, add_headers)
