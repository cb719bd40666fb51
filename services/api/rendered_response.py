"""Answer a read with rendered bytes: ETag, If-None-Match -> 304, gzip when asked and large."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Header, Request, Response, status

from services.readside.rendered import Rendered

_ETAG = {
    "ETag": {
        "description": "The answer's version; send it back in `If-None-Match`.",
        "schema": {"type": "string"},
    }
}
_GZIP = {
    "Content-Encoding": {
        "description": "`gzip` when the request accepts it and the answer is 1400 bytes or more.",
        "schema": {"type": "string", "enum": ["gzip"]},
    }
}
# What the read routes document beside their JSON body.
CONDITIONAL: dict[int | str, dict[str, Any]] = {
    200: {"headers": {**_ETAG, **_GZIP}},
    304: {
        "description": "`If-None-Match` names the current ETag: the answer has not changed.",
        "headers": _ETAG,
    },
}
IfNoneMatch = Annotated[
    str | None,
    Header(description="ETags of answers the client holds: 304 if one is still current."),
]


def respond(request: Request, rendered: Rendered, if_none_match: str | None) -> Response:
    zipped = rendered.gzipped is not None and _accepts_gzip(request.headers.get("accept-encoding"))
    etag = rendered.gzip_etag if zipped else rendered.etag
    # no-cache: a client may keep the answer but asks again (cheaply, by ETag) before reuse
    headers = {"ETag": etag, "Cache-Control": "no-cache", "Vary": "Accept-Encoding"}
    if _matches(if_none_match, rendered):
        return Response(status_code=status.HTTP_304_NOT_MODIFIED, headers=headers)
    if zipped:
        assert rendered.gzipped is not None
        headers["Content-Encoding"] = "gzip"
        return Response(rendered.gzipped, media_type="application/json", headers=headers)
    return Response(rendered.body, media_type="application/json", headers=headers)


def _matches(if_none_match: str | None, rendered: Rendered) -> bool:
    """Weak comparison (RFC 9110 13.1.2); either representation's tag names this answer."""
    if not if_none_match:
        return False
    current = {rendered.etag, rendered.gzip_etag}
    for candidate in if_none_match.split(","):
        tag = candidate.strip().removeprefix("W/")
        if tag == "*" or tag in current:
            return True
    return False


def _accepts_gzip(accept_encoding: str | None) -> bool:
    for item in (accept_encoding or "").split(","):
        coding, _, params = item.strip().partition(";")
        if coding.strip().lower() not in ("gzip", "*"):
            continue
        q = params.strip().removeprefix("q=").strip() if params.strip().startswith("q=") else "1"
        try:
            return float(q) > 0
        except ValueError:
            return False
    return False
