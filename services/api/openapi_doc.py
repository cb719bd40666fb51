"""The OpenAPI document: built from the app, checked in as contracts/openapi.json.

python -m services.api.openapi_doc write   # after an intended change (make schemas)
python -m services.api.openapi_doc check   # CI (make check-schemas): drift, and removed
                                           # operations without a new API version
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from fastapi import FastAPI

OPENAPI_FILE = Path(__file__).resolve().parents[2] / "contracts" / "openapi.json"
# Bump on every contract change; a removed or tightened input needs a new minor (0.x).
API_VERSION = "0.3.1"  # 0.3.1: 503 also names a fenced Kafka writer
API_DESCRIPTION = (
    "Facts from conflict news as immutable, audited events, and their read models.\n\n"
    "Roles (bearer tokens): writer (POST /facts, /articles), admin (retract, supersede, "
    "rebuild, /audit/export; falls back to the writer token), optional reader (every other "
    "read, when FACTSTREAM_READ_TOKEN is set). 401: no or unknown token; 403: too low a "
    "role. Every error body is ErrorPublic. Limits: see docs/api.md."
)


def install_openapi(app: FastAPI) -> None:
    app.version = API_VERSION
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = _without_null_parameters(build())
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def _without_null_parameters(doc: dict[str, Any]) -> dict[str, Any]:
    """An optional query or header parameter is sent by leaving it out: there is no way to
    send a JSON null in a URL or header, so `anyOf [T, null]` would document a value
    ("null") the server does not take. Document T."""
    for item in doc.get("paths", {}).values():
        for operation in item.values():
            for param in operation.get("parameters", []):
                schema = param.get("schema", {})
                members = schema.get("anyOf", [])
                kept = [m for m in members if m != {"type": "null"}]
                if len(kept) == 1 and len(members) == 2:
                    rest = {k: v for k, v in schema.items() if k != "anyOf"}
                    param["schema"] = {**kept[0], **rest}
    return doc


def current() -> dict[str, Any]:
    from services.api.main import create_app
    from services.settings import Settings

    return create_app(Settings()).openapi()


def render(doc: dict[str, Any]) -> str:
    return json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def operations(doc: dict[str, Any]) -> set[str]:
    return {f"{m.upper()} {p}" for p, item in doc.get("paths", {}).items() for m in item}


def check() -> list[str]:
    new = current()
    if not OPENAPI_FILE.exists():
        return [f"{OPENAPI_FILE.name}: missing; run `make schemas`"]
    old = json.loads(OPENAPI_FILE.read_text())
    problems = []
    removed = operations(old) - operations(new)
    if removed and old["info"]["version"] == new["info"]["version"]:
        problems.append(f"operations removed without a new API version: {sorted(removed)}")
    if OPENAPI_FILE.read_text() != render(new):
        problems.append(f"{OPENAPI_FILE.name}: differs from the app; run `make schemas`")
    return problems


def main(argv: list[str]) -> int:
    if argv[1:] == ["write"]:
        OPENAPI_FILE.write_text(render(current()))
        return 0
    problems = check()
    for problem in problems:
        print(problem, file=sys.stderr)
    print("openapi: ok" if not problems else f"openapi: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
