"""The meeting read model's shapes: the facts a group keeps and the meetings it derives."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from contracts.common import EntityRef, PartialDate
from services.projections.claims import Claim
from services.projections.corrections import Correction


class MeetingFact(BaseModel):
    """What a meeting claim says, beyond who claimed it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    claim: Claim
    place: EntityRef | None = None
    date: PartialDate | None = None
    previous_date: PartialDate | None = None


class Meeting(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    participants: tuple[EntityRef, ...]
    place: EntityRef | None
    date: PartialDate | None
    earlier_dates: tuple[PartialDate, ...] = ()
    status: str
    status_rule: str
    claims: tuple[Claim, ...]


class MeetingGroup(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    key: str
    participants: tuple[EntityRef, ...]
    facts: tuple[MeetingFact, ...] = ()
    corrections: tuple[Correction, ...] = ()
    meetings: tuple[Meeting, ...] = ()
