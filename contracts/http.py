"""HTTP request and response schemas (the API's contract; the OpenAPI document is built
from these)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from contracts.common import PartialDate, precision_of


def full_day(value: str) -> str:
    if precision_of(value) != "day":
        raise ValueError("published must be a full date, YYYY-MM-DD")
    PartialDate.parse(value)  # checks the calendar
    return value


class SourceIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    article: str = Field(min_length=1, max_length=200, description="Article id or file name.")
    published: str = Field(description="YYYY-MM-DD")
    url: str | None = Field(default=None, max_length=2000)

    @field_validator("published")
    @classmethod
    def _day(cls, value: str) -> str:
        return full_day(value)


class FactsCreate(BaseModel):
    """Curated facts in the gold shape of shared/corpus/README.md."""

    model_config = ConfigDict(extra="forbid")

    source: SourceIn
    facts: list[dict[str, Any]] = Field(max_length=10_000)


class ArticleCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, description="The article's plain text.")
    published: str = Field(description="YYYY-MM-DD")
    url: str | None = Field(default=None, max_length=2000)
    language: str | None = Field(default=None, pattern="^(ru|en)$")

    @field_validator("published")
    @classmethod
    def _day(cls, value: str) -> str:
        return full_day(value)


class AppendedPublic(BaseModel):
    event_id: str
    type: str
    position: int
    duplicate: bool


class IngestPublic(BaseModel):
    article_id: str
    stream_id: str
    event_ids: list[str]
    events: list[AppendedPublic]
    new_events: int
    head: int


class ExtractedFactPublic(BaseModel):
    event_id: str
    kind: str
    arguments: dict[str, Any]
    evidence: list[dict[str, Any]]
    modality: str
    claimed_by: list[str]


class ArticleIngestPublic(IngestPublic):
    language: str | None
    reason: str | None
    facts: list[ExtractedFactPublic]


class CorrectionCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: str = Field(min_length=1, max_length=2000)


class SupersedeCreate(CorrectionCreate):
    fact: dict[str, Any] = Field(description="The corrected fact, in the gold shape.")


class EventsPublic(BaseModel):
    events: list[dict[str, Any]]
    next_after: int
    head: int
