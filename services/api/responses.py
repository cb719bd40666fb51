"""What each route documents beside its success: the error statuses it can answer, all with
the one error model (contracts.http.ErrorPublic), and the headers that go with them."""

from __future__ import annotations

from typing import Any

from contracts.http import ErrorPublic
from services.api.access import Role

Responses = dict[int | str, dict[str, Any]]

_WHY = {
    400: "The body is not valid JSON.",
    401: "No bearer token, or one that is not valid for this service.",
    403: "A valid token of a role too low for this route.",
    404: "No such resource.",
    409: "The request conflicts with the log's state (e.g. the event is not a fact).",
    413: "The request body is larger than the configured limit.",
    422: "The request does not match the schema or the data is refused; `errors` says where.",
    429: "Too many requests from this client; wait `Retry-After` seconds.",
    500: "The extractor produced an invalid fact (a bug on our side).",
    503: "A dependency (the log's broker or database, Redis) is unavailable, the read "
    "models are rebuilding, or (Kafka) this instance's log writer was fenced by a newer one "
    "and no longer appends; `detail` names it. Try again after `Retry-After` seconds (a "
    "fenced instance: send appends to the current writer); an append answered 503 may or "
    "may not be written: retrying it is safe (idempotent).",
    507: "The event log's disk is full: nothing was written. Try again after `Retry-After`.",
}
_ERROR_SCHEMA = {"schema": {"$ref": "#/components/schemas/ErrorPublic"}}
_RETRY_AFTER = {
    "Retry-After": {"description": "Seconds to wait.", "schema": {"type": "integer", "minimum": 1}}
}
_AUTHENTICATE = {
    "WWW-Authenticate": {"description": "Bearer", "schema": {"type": "string"}},
}


def errors(
    *codes: int, role: Role | None = None, body: bool = False, json_content: bool = False
) -> Responses:
    """Error responses: the given codes, 422 and 503 (every route needs the log or the
    store) always, 400/413/507 for a JSON body (the appending routes), 401/403 for a role.
    `json_content`: spell the JSON media type out (for a route whose success is not JSON;
    FastAPI would give its errors the route's media type)."""
    wanted = {*codes, 422, 503}
    if body:
        wanted |= {400, 413, 507}
    if role is not None:  # a reader can never be too low: any role's token reads
        wanted |= {401} if role is Role.reader else {401, 403}
    out: Responses = {}
    for code in sorted(wanted):
        entry: dict[str, Any] = {"model": ErrorPublic, "description": _WHY[code]}
        if json_content:
            entry = {"description": _WHY[code], "content": {"application/json": _ERROR_SCHEMA}}
        if code in (429, 503, 507):
            entry["headers"] = _RETRY_AFTER
        if code == 401:
            entry["headers"] = _AUTHENTICATE
        out[code] = entry
    return out


# openapi_extra of a read route: FastAPI lists the bearer scheme; this adds "or none",
# since a token is needed only where FACTSTREAM_READ_TOKEN is set.
OPTIONAL_AUTH: dict[str, Any] = {"security": [{}]}
