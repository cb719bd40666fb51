"""Export the JSON Schema of every event type, and check the checked-in ones.

    python -m contracts.export write   # after an intended change
    python -m contracts.export check   # in CI: fails on drift and on breaking changes

Files: contracts/schemas/<Type>.v<N>.json (the structured envelope with that payload),
contracts/schemas/data/<Type>.v<N>.json (the payload alone: what CloudEvents `dataschema`
names) and contracts/schemas/envelope/CloudEvent.v<N>.json (the envelope as the Kafka
binding carries it); see contracts/cloudevents.py. An older version's file stays checked
in; a new version of a type must come with an upcaster from the last one.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

from contracts.cloudevents import cloudevents_schemas
from contracts.compat import breaking_changes
from contracts.envelope import EVENT_TYPES, Envelope
from contracts.upcasting import UPCASTERS

SCHEMA_DIR = Path(__file__).parent / "schemas"
_FILE = re.compile(r"^(?P<type>[A-Za-z]+)\.v(?P<version>\d+)\.json$")


def current_schemas() -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for data_type in EVENT_TYPES:
        name = data_type.model_fields["kind"].default
        schema = Envelope[data_type].model_json_schema()  # type: ignore[valid-type]
        schema["title"] = name
        schema["$id"] = f"urn:factstream:schema:{name}:v{data_type.VERSION}"
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        out[f"{name}.v{data_type.VERSION}.json"] = schema
    return out


def all_schemas() -> dict[str, dict[str, Any]]:
    """Every published schema by its path under contracts/schemas/."""
    return {**current_schemas(), **cloudevents_schemas()}


def render(schema: dict[str, Any]) -> str:
    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def write() -> None:
    for filename, schema in all_schemas().items():
        (SCHEMA_DIR / filename).parent.mkdir(parents=True, exist_ok=True)
        (SCHEMA_DIR / filename).write_text(render(schema))


def check() -> list[str]:
    problems: list[str] = []
    stored = {str(p.relative_to(SCHEMA_DIR)): p for p in SCHEMA_DIR.rglob("*.json")}
    for filename, schema in all_schemas().items():
        folder, _, base = filename.rpartition("/")
        match = _FILE.match(base)
        assert match is not None
        name, version = match["type"], int(match["version"])
        if filename in stored:
            old = json.loads(stored[filename].read_text())
            breaks = breaking_changes(old, schema)
            if breaks:
                problems += [
                    f"{filename}: breaking change without a new version: {b}" for b in breaks
                ]
            elif stored[filename].read_text() != render(schema):
                problems.append(f"{filename}: differs from the model; run `make schemas`")
            continue
        older = sorted(
            int(m["version"])
            for f in stored
            if f.rpartition("/")[0] == folder
            and (m := _FILE.match(f.rpartition("/")[2]))
            and m["type"] == name
            and int(m["version"]) < version
        )
        if older and not folder and (name, older[-1]) not in UPCASTERS:
            problems.append(f"{filename}: new version with no upcaster from v{older[-1]}")
        problems.append(f"{filename}: not exported; run `make schemas`")
    return problems


def main(argv: list[str]) -> int:
    if argv[1:] == ["write"]:
        write()
        return 0
    problems = check()
    for problem in problems:
        print(problem, file=sys.stderr)
    print("schemas: ok" if not problems else f"schemas: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
