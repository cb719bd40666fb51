"""A feed batch holding only an undecodable message: it is dead-lettered, nothing is applied,
and the agent does not crash (an empty group used to raise IndexError and stall the worker)."""

from __future__ import annotations

from typing import Any

import pytest

from services.worker.handlers import project
from services.worker.messages import DLQ_REASON, Headers, Raw

pytestmark = pytest.mark.unit


class NoStore:
    def __getattr__(self, name: str) -> Any:
        raise AssertionError(f"nothing to apply, yet the store was asked for {name}")


async def test_an_undecodable_message_alone_is_dead_lettered() -> None:
    letters: list[Headers] = []

    async def dead(key: bytes | None, value: bytes, headers: Headers, partition: int | None):  # type: ignore[no-untyped-def]
        letters.append(headers)

        async def ack() -> None:
            return None

        return ack()

    broken = Raw("t.feed", 2, 7, b"k", b"{not json", [("ce_id", b"x"), ("ce_type", b"MeetingHeld")])
    applied = await project([broken], NoStore(), None, 4, dead)  # type: ignore[arg-type]
    assert applied == 0
    [headers] = letters
    assert dict(headers)[DLQ_REASON].decode().startswith("decode:")
