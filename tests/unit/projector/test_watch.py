"""The projector's watch tells a lost store from a batch that landed while it looked."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from services.projector import runner

pytestmark = pytest.mark.unit


async def test_a_batch_committed_while_the_checkpoints_are_read_is_no_loss(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    projector = runner.Projector(log_=Any, store=Any)  # type: ignore[arg-type]
    projector.position, projector._caught_up = 100, True

    async def checkpoints_read_while_a_batch_lands(store: Any) -> int:
        seen = projector.position
        projector.position += 5  # the live batch committed meanwhile (the store has it)
        return seen

    monkeypatch.setattr(runner, "WATCH_S", 0)
    monkeypatch.setattr(runner, "reached", checkpoints_read_while_a_batch_lands)
    with pytest.raises(TimeoutError):  # watched on, never "behind"
        async with asyncio.timeout(0.05):
            await projector._watch()


async def test_a_store_behind_what_was_applied_is_a_loss(monkeypatch: pytest.MonkeyPatch) -> None:
    projector = runner.Projector(log_=Any, store=Any)  # type: ignore[arg-type]
    projector.position, projector._caught_up = 100, True

    async def emptied(store: Any) -> int:
        return 0

    monkeypatch.setattr(runner, "WATCH_S", 0)
    monkeypatch.setattr(runner, "reached", emptied)
    with pytest.raises(runner.CheckpointBehind):
        await projector._watch()
