"""A feed batch resolves each projection's live namespace once, for all its partitions."""

from __future__ import annotations

import pytest

from services.projections.registry import PROJECTIONS
from services.worker.apply import live_namespaces

pytestmark = pytest.mark.unit


class Aliases:
    def __init__(self, aliases: dict[str, str]) -> None:
        self.aliases = aliases
        self.asked: list[str] = []

    async def get_alias(self, name: str) -> str | None:
        self.asked.append(name)
        return self.aliases.get(name)


async def test_each_projection_gets_its_alias_target_or_live_with_one_lookup() -> None:
    first, *rest = [p.name for p in PROJECTIONS]
    store = Aliases({first: "rebuild"})  # a blue-green switch moved only the first one
    found = await live_namespaces(store)  # type: ignore[arg-type]
    assert found == {first: "rebuild", **{name: "live" for name in rest}}
    assert sorted(store.asked) == sorted(p.name for p in PROJECTIONS)
