"""Fold events through a projection in memory, as the runners do, for unit tests."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from contracts.envelope import Event
from services.projections.registry import Projection
from services.projector.fold import fold


def fold_all(projection: Projection, events: Sequence[Event]) -> dict[str, str]:
    docs: dict[str, str] = {}
    routes: dict[str, list[str]] = {}
    for event in events:  # one at a time: the hardest case for order-independence
        changed, new_routes = fold(projection, docs, routes, [event])
        docs.update(changed)
        routes.update(new_routes)
    return docs


def parsed(docs: dict[str, str]) -> dict[str, Any]:
    return {k: json.loads(v) for k, v in docs.items()}
