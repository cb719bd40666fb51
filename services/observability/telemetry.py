"""The telemetry port: what the use cases report about their work, whoever counts it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from contracts.envelope import Event
from events.port import AppendResult


class Telemetry(Protocol):
    def appended(self, events: Sequence[Event], result: AppendResult) -> None:
        """An append went through (some or all of its events may have been duplicates)."""

    def rejected(self) -> None:
        """An append was refused: bad input, a conflict; nothing was written."""

    def extraction_timed(self, seconds: float) -> None:
        """One article went through the extractor in `seconds`."""

    def projection_applied(self, projection: str, events: int) -> None:
        """The live projection `projection` applied `events` new events."""


class NullTelemetry:
    """Counts nothing: for the CLI and tests that do not look at metrics."""

    def appended(self, events: Sequence[Event], result: AppendResult) -> None:
        pass

    def rejected(self) -> None:
        pass

    def extraction_timed(self, seconds: float) -> None:
        pass

    def projection_applied(self, projection: str, events: int) -> None:
        pass
