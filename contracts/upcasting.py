"""Schema evolution: upcasters turn an old event version into the next one, on read.

Register `UPCASTERS[(type, from_version)] = fn`; `fn` takes and returns the envelope as a
dict and must bump `schema_version` and `dataschema`. None are needed yet: every type is v1.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Upcaster = Callable[[dict[str, Any]], dict[str, Any]]
UPCASTERS: dict[tuple[str, int], Upcaster] = {}


def upcast(raw: dict[str, Any]) -> dict[str, Any]:
    while (key := (str(raw.get("type")), int(raw.get("schema_version", 1)))) in UPCASTERS:
        raw = UPCASTERS[key](raw)
    return raw
