"""The fact catalogue: one frozen model per fact kind, named in the past tense.

Field names follow the gold format of shared/corpus/README.md, except `from`/`to` of
territory transfers, which are `from_party`/`to_party` (a Python keyword otherwise).
"""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field

from contracts.common import EntityRef, Frozen, PartialDate

Parties = tuple[EntityRef, ...]


class FactData(Frozen):
    """Base of every fact payload. `kind` is the discriminator and the CloudEvents `type`."""

    VERSION: ClassVar[int] = 1
    kind: str


class MeetingAnnounced(FactData):
    kind: Literal["MeetingAnnounced"] = "MeetingAnnounced"
    participants: Parties = Field(min_length=1)
    place: EntityRef | None = None
    date: PartialDate | None = None
    claimed_by: Parties = ()


class MeetingDenied(FactData):
    kind: Literal["MeetingDenied"] = "MeetingDenied"
    participants: Parties = Field(min_length=1)
    denied_by: Parties = ()
    place: EntityRef | None = None
    date: PartialDate | None = None


class MeetingHeld(FactData):
    kind: Literal["MeetingHeld"] = "MeetingHeld"
    participants: Parties = Field(min_length=1)
    place: EntityRef | None = None
    date: PartialDate | None = None


class MeetingPostponed(FactData):
    kind: Literal["MeetingPostponed"] = "MeetingPostponed"
    participants: Parties = Field(min_length=1)
    date: PartialDate | None = Field(default=None, description="The new date.")
    place: EntityRef | None = None
    previous_date: PartialDate | None = None


class MeetingCancelled(FactData):
    kind: Literal["MeetingCancelled"] = "MeetingCancelled"
    participants: Parties = Field(min_length=1)
    date: PartialDate | None = None
    place: EntityRef | None = None


class StatementMade(FactData):
    kind: Literal["StatementMade"] = "StatementMade"
    speaker: EntityRef
    summary: str | None = None


class CeasefireAgreed(FactData):
    kind: Literal["CeasefireAgreed"] = "CeasefireAgreed"
    parties: Parties = ()
    mediator: EntityRef | None = None
    date: PartialDate | None = None


class AgreementSigned(FactData):
    kind: Literal["AgreementSigned"] = "AgreementSigned"
    parties: Parties = ()
    date: PartialDate | None = None
    title: str | None = None


class HostilitiesReported(FactData):
    kind: Literal["HostilitiesReported"] = "HostilitiesReported"
    location: EntityRef | None = None
    date: PartialDate | None = None
    parties: Parties = ()


class TerritoryTransferScheduled(FactData):
    kind: Literal["TerritoryTransferScheduled"] = "TerritoryTransferScheduled"
    territory: EntityRef
    from_party: EntityRef | None = None
    to_party: EntityRef | None = None
    date: PartialDate | None = Field(default=None, description="The deadline.")


class TerritoryTransferred(FactData):
    kind: Literal["TerritoryTransferred"] = "TerritoryTransferred"
    territory: EntityRef
    from_party: EntityRef | None = None
    to_party: EntityRef | None = None
    date: PartialDate | None = None


class PeacekeepersDeployed(FactData):
    kind: Literal["PeacekeepersDeployed"] = "PeacekeepersDeployed"
    force: EntityRef
    area: EntityRef | None = None
    date: PartialDate | None = None


class PeacekeepersWithdrawn(FactData):
    kind: Literal["PeacekeepersWithdrawn"] = "PeacekeepersWithdrawn"
    force: EntityRef
    area: EntityRef | None = None
    date: PartialDate | None = None


class PrisonerExchangeAgreed(FactData):
    kind: Literal["PrisonerExchangeAgreed"] = "PrisonerExchangeAgreed"
    parties: Parties = ()
    date: PartialDate | None = None


class PrisonersExchanged(FactData):
    kind: Literal["PrisonersExchanged"] = "PrisonersExchanged"
    parties: Parties = ()
    date: PartialDate | None = None


FACT_KINDS: tuple[type[FactData], ...] = (
    MeetingAnnounced,
    MeetingDenied,
    MeetingHeld,
    MeetingPostponed,
    MeetingCancelled,
    StatementMade,
    CeasefireAgreed,
    AgreementSigned,
    HostilitiesReported,
    TerritoryTransferScheduled,
    TerritoryTransferred,
    PeacekeepersDeployed,
    PeacekeepersWithdrawn,
    PrisonerExchangeAgreed,
    PrisonersExchanged,
)
