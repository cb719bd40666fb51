"""Public data model of the extractor: facts, evidence, results and errors."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

ArgValue = str | list[str] | None

#: Scored arguments of every fact kind, in gold-file order (see the corpus README).
KIND_ARGS: dict[str, tuple[str, ...]] = {
    "MeetingAnnounced": ("participants", "place", "date", "claimed_by"),
    "MeetingDenied": ("participants", "denied_by"),
    "MeetingHeld": ("participants", "place", "date"),
    "MeetingPostponed": ("participants", "date"),
    "MeetingCancelled": ("participants", "date"),
    "StatementMade": ("speaker",),
    "CeasefireAgreed": ("parties", "mediator", "date"),
    "AgreementSigned": ("parties", "date"),
    "HostilitiesReported": ("location", "date"),
    "TerritoryTransferScheduled": ("territory", "to", "date"),
    "TerritoryTransferred": ("territory", "from", "to", "date"),
    "PeacekeepersDeployed": ("force", "area", "date"),
    "PeacekeepersWithdrawn": ("force", "area", "date"),
    "PrisonerExchangeAgreed": ("parties", "date"),
    "PrisonersExchanged": ("parties", "date"),
}
KINDS: tuple[str, ...] = tuple(KIND_ARGS)
#: Arguments whose value is a list of names (compared as a set when plural).
LIST_ARGS: frozenset[str] = frozenset({"participants", "parties", "claimed_by", "denied_by"})

DatePrecision = Literal["day", "month", "year"]


class Evidence(BaseModel):
    """A character span of the input text (end exclusive) and its text."""

    model_config = ConfigDict(frozen=True)

    start: int
    end: int
    quote: str


class ExtractedFact(BaseModel):
    """One fact found in an article, with its arguments, attribution and evidence."""

    model_config = ConfigDict(frozen=True)

    kind: str
    arguments: dict[str, ArgValue]
    date_precision: DatePrecision | None = None
    date_derivation: str | None = None
    evidence: list[Evidence] = Field(default_factory=list)
    modality: str = "asserted"
    claimed_by: list[str] = Field(default_factory=list)
    reported_by: str | None = None
    confidence: float = 0.5


class ExtractionResult(BaseModel):
    """The outcome of extracting one article. `reason` explains an empty result."""

    model_config = ConfigDict(frozen=True)

    language: str
    facts: list[ExtractedFact]
    reason: str | None = None
    extractor: str
    extractor_version: str


class ExtractionRejected(ValueError):
    """The input is not an article at all (empty, or larger than the size limit)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class ExtractionTimeout(TimeoutError):
    """Extraction exceeded its per-article time limit."""


def to_gold(fact: ExtractedFact) -> dict[str, object]:
    """The gold-file shape of a fact: ``{"kind": ..., <scored arguments>}``, None omitted."""
    out: dict[str, object] = {"kind": fact.kind}
    for name in KIND_ARGS.get(fact.kind, ()):
        value = fact.arguments.get(name)
        if value is None or value == []:
            continue
        out[name] = list(value) if isinstance(value, list) else value
    return out
