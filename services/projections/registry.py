"""Every projection, as plain data: its name, version, state type, router and reducer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from contracts.envelope import Event
from services.projections import meetings, territories, trusted_record
from services.projections.meeting_incremental import MeetingDeriver
from services.projections.meeting_models import MeetingGroup
from services.projections.territory_incremental import TerritoryDeriver
from services.projections.territory_models import Territory
from services.projections.trusted_record import RawEvent

CORRECTIONS = frozenset({"FactRetracted", "FactSuperseded"})


@dataclass(frozen=True)
class Projection:
    name: str
    version: int
    state_type: type[BaseModel]
    keys_for: Callable[[Event], list[str]]
    evolve: Callable[[Any, Event], Any]
    # evolve == settle(record_all(state, [event])): a batch records all of a key's events
    # with one copy of its state, then settles it once; its optional third argument is the
    # state's fact-id set, kept by a caller that holds the state between batches
    record_all: Callable[..., Any]
    settle: Callable[[Any], Any]
    # a caller that holds a document's state between batches may keep one of these per
    # document: its `settle(state)` equals `settle(state)` but derives again only from
    # where the state changed since its last call (None: settle from scratch)
    deriver: Callable[[], Any] | None = None
    # the event types it records besides corrections (a rebuild decodes only those)
    kinds: frozenset[str] = frozenset()
    # trusted replay from plain dicts (`trusted_record.py`): `keys_for` and `record_all`
    # of the same events as `RawEvent`s (None: a rebuild decodes the contract models)
    raw_keys_for: Callable[[RawEvent], list[str]] | None = None
    record_raw: Callable[..., Any] | None = None

    @property
    def slot(self) -> str:
        """Where its documents live: a new version builds beside the old one."""
        return f"{self.name}.v{self.version}"


MEETINGS = Projection(
    meetings.NAME,
    meetings.VERSION,
    MeetingGroup,
    meetings.keys_for,
    meetings.evolve,
    meetings.record_all,
    meetings.settle,
    MeetingDeriver,
    meetings.MEETING_KINDS,
    trusted_record.meeting_key,
    trusted_record.record_meetings,
)
TERRITORIES = Projection(
    territories.NAME,
    territories.VERSION,
    Territory,
    territories.keys_for,
    territories.evolve,
    territories.record_all,
    territories.settle,
    TerritoryDeriver,
    territories.KINDS,
    trusted_record.territory_key,
    trusted_record.record_territories,
)
PROJECTIONS: tuple[Projection, ...] = (MEETINGS, TERRITORIES)
BY_NAME = {p.name: p for p in PROJECTIONS}
