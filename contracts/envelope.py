"""The one envelope around every event: CloudEvents 1.0 attributes plus our own.

Producers fill the content; the event log assigns `position`, `stream_version`,
`recorded_at`, `chain_rule`, `prev_hash` and `hash` on append.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Annotated, Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

from contracts.common import Attribution, PartialDate, Provenance
from contracts.facts import (
    FACT_KINDS,
    AgreementSigned,
    CeasefireAgreed,
    FactData,
    HostilitiesReported,
    MeetingAnnounced,
    MeetingCancelled,
    MeetingDenied,
    MeetingHeld,
    MeetingPostponed,
    PeacekeepersDeployed,
    PeacekeepersWithdrawn,
    PrisonerExchangeAgreed,
    PrisonersExchanged,
    StatementMade,
    TerritoryTransferred,
    TerritoryTransferScheduled,
)
from contracts.lifecycle import ArticleIngested, FactRetracted, FactSuperseded
from contracts.upcasting import UPCASTERS, upcast

EVENT_TYPES: tuple[type[FactData], ...] = (
    *FACT_KINDS,
    ArticleIngested,
    FactRetracted,
    FactSuperseded,
)
TYPE_BY_NAME: dict[str, type[FactData]] = {t.model_fields["kind"].default: t for t in EVENT_TYPES}
FACT_KIND_NAMES: frozenset[str] = frozenset(t.model_fields["kind"].default for t in FACT_KINDS)

# The namespace of deterministic event ids (uuid5): same content, same id.
EVENT_ID_NAMESPACE = uuid.UUID("6f1d3c9e-4b1a-5e0c-9a57-2f0e7c5d8b11")
SOURCE = "urn:factstream"

AnyEventData = Annotated[
    MeetingAnnounced
    | MeetingDenied
    | MeetingHeld
    | MeetingPostponed
    | MeetingCancelled
    | StatementMade
    | CeasefireAgreed
    | AgreementSigned
    | HostilitiesReported
    | TerritoryTransferScheduled
    | TerritoryTransferred
    | PeacekeepersDeployed
    | PeacekeepersWithdrawn
    | PrisonerExchangeAgreed
    | PrisonersExchanged
    | ArticleIngested
    | FactRetracted
    | FactSuperseded,
    Field(discriminator="kind"),
]

DataT = TypeVar("DataT")


def dataschema_for(type_name: str, version: int) -> str:
    """The CloudEvents `dataschema`: the `$id` of the schema `data` alone adheres to
    (contracts/schemas/data/<Type>.v<N>.json). Before API 0.2 / AsyncAPI 2.0 it was
    urn:factstream:schema:<Type>:v<N>, the whole envelope's schema; events stored then
    keep that value (it is hashed), and that schema stays published."""
    return f"urn:factstream:schema:data:{type_name}:v{version}"


class Envelope(BaseModel, Generic[DataT]):
    model_config = ConfigDict(frozen=True, extra="forbid")

    # CloudEvents 1.0 context attributes
    specversion: Literal["1.0"] = "1.0"
    id: str = Field(min_length=1, max_length=200)
    source: str = SOURCE
    type: str
    subject: str | None = Field(default=None, description="The stream id.")
    time: dt.datetime = Field(description="When the producer observed the fact.")
    datacontenttype: Literal["application/json"] = "application/json"
    dataschema: str
    # our extensions
    schema_version: int = Field(ge=1)
    stream_id: str = Field(min_length=1, max_length=300)
    stream_version: int | None = Field(default=None, ge=1, description="Assigned by the log.")
    position: int | None = Field(default=None, ge=1, description="Global order, by the log.")
    recorded_at: dt.datetime | None = Field(default=None, description="Set by the log.")
    valid_time: PartialDate | None = Field(default=None, description="World time of the fact.")
    correlation_id: str | None = None
    causation_id: str | None = None
    provenance: Provenance | None = None
    attribution: Attribution = Attribution()
    chain_rule: int | None = Field(
        default=None,
        ge=1,
        description="The hash-chain rule the log sealed it with (docs/events.md); absent: rule 1.",
    )
    prev_hash: str | None = Field(default=None, description="Hash of the event before.")
    hash: str | None = Field(default=None, description="sha256 of content and prev_hash.")
    data: DataT

    @model_validator(mode="after")
    def _type_matches_data(self) -> Envelope[DataT]:
        kind = getattr(self.data, "kind", None)
        if kind is not None and kind != self.type:
            raise ValueError(f"type {self.type!r} does not match data kind {kind!r}")
        return self


Event = Envelope[AnyEventData]


def new_event(
    data: FactData,
    *,
    stream_id: str,
    event_id: str | None = None,
    time: dt.datetime | None = None,
    valid_time: PartialDate | None = None,
    provenance: Provenance | None = None,
    attribution: Attribution | None = None,
    correlation_id: str | None = None,
    causation_id: str | None = None,
    source: str = SOURCE,
) -> Event:
    """Build an event ready to append; the id defaults to a uuid5 of its content."""
    kind: str = data.kind
    if event_id is None:
        seed = f"{stream_id}|{data.model_dump_json()}"
        event_id = str(uuid.uuid5(EVENT_ID_NAMESPACE, seed))
    return Event(
        id=event_id,
        source=source,
        type=kind,
        subject=stream_id,
        time=time or dt.datetime.now(dt.UTC),
        dataschema=dataschema_for(kind, data.VERSION),
        schema_version=data.VERSION,
        stream_id=stream_id,
        valid_time=valid_time,
        correlation_id=correlation_id,
        causation_id=causation_id,
        provenance=provenance,
        attribution=attribution or Attribution(),
        data=data,
    )


def parse_event(raw: dict[str, Any] | str | bytes) -> Event:
    """Decode a stored or transported event, upcasting old versions first."""
    if isinstance(raw, str | bytes):
        if not UPCASTERS:  # fast path: nothing to upcast yet
            return Event.model_validate_json(raw)
        raw = json.loads(raw)
    assert isinstance(raw, dict)
    return Event.model_validate(upcast(raw))
