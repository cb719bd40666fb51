"""HTTP request and response schemas (the API's contract; the OpenAPI document is built
from these)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from contracts.gold import GoldFact
from contracts.limits import (
    ARTICLE_ID_PATTERN,
    MAX_ARTICLE_TEXT,
    MAX_FACTS,
    MAX_URL,
    NOT_BLANK,
    Day,
    Reason,
    check_day,
)

Url = Annotated[str, StringConstraints(max_length=MAX_URL)]


def full_day(value: str) -> str:
    return check_day(value)


class ErrorPublic(BaseModel):
    """Every 4xx and 5xx body: `detail` says what was wrong; `errors` lists each problem of a
    request that failed validation (422), as `where: what`."""

    detail: str
    errors: list[str] | None = None


class SourceIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    article: str = Field(
        min_length=1,
        max_length=200,
        pattern=ARTICLE_ID_PATTERN,
        description="Article id or file name: letters, digits, dot, dash, underscore.",
    )
    published: Day
    url: Url | None = None


class FactsCreate(BaseModel):
    """Curated facts in the gold shape of shared/corpus/README.md."""

    model_config = ConfigDict(extra="forbid")

    source: SourceIn
    facts: list[GoldFact] = Field(max_length=MAX_FACTS)


class ArticleCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(
        min_length=1,
        max_length=MAX_ARTICLE_TEXT,
        pattern=NOT_BLANK,
        description="The article's plain text (not only spaces).",
    )
    published: Day
    url: Url | None = None
    language: Literal["ru", "en"] | None = None


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

    reason: Reason


class SupersedeCreate(CorrectionCreate):
    fact: GoldFact = Field(description="The corrected fact, in the gold shape.")


class EventsPublic(BaseModel):
    events: list[dict[str, Any]]
    next_after: int
    head: int
