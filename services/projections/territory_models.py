"""The territory read model's shapes."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from contracts.common import EntityRef, PartialDate
from services.projections.claims import Claim
from services.projections.corrections import Correction


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class TerritoryFact(_Frozen):
    claim: Claim
    from_party: EntityRef | None = None
    to_party: EntityRef | None = None
    force: EntityRef | None = None
    date: PartialDate | None = None


class ControlInterval(_Frozen):
    """Who controlled the territory over a valid-time interval (None: open or unknown)."""

    controller: EntityRef
    since: PartialDate | None
    until: PartialDate | None
    basis: tuple[str, ...]  # fact ids of the transfers (or agreements) that say so
    basis_kind: str
    prior: bool = False  # the `from` party's control before the first recorded transfer


class ScheduledTransfer(_Frozen):
    to_party: EntityRef | None
    from_party: EntityRef | None
    deadline: PartialDate | None
    basis: tuple[str, ...]
    status: str  # "pending" or "completed"
    completed_by: tuple[str, ...] = ()


class PeacekeeperPresence(_Frozen):
    force: EntityRef
    since: PartialDate | None
    until: PartialDate | None
    basis: tuple[str, ...]
    present: bool


class Territory(_Frozen):
    key: str
    territory: EntityRef
    facts: tuple[TerritoryFact, ...] = ()
    corrections: tuple[Correction, ...] = ()
    controller: EntityRef | None = None
    control: tuple[ControlInterval, ...] = ()
    scheduled_transfers: tuple[ScheduledTransfer, ...] = ()
    peacekeepers: tuple[PeacekeeperPresence, ...] = ()
    claims: tuple[Claim, ...] = ()
