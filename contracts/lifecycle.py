"""Events about articles and corrections, beside the fact kinds."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from contracts.facts import FactData


class ArticleIngested(FactData):
    kind: Literal["ArticleIngested"] = "ArticleIngested"
    article_id: str
    url: str | None = None
    published: str = Field(description="YYYY-MM-DD")
    language: str | None = None
    content_sha256: str | None = Field(default=None, description="None for curated facts.")
    length: int | None = None
    origin: Literal["curated", "extracted"] = "curated"
    extractor: str = "curated"
    extractor_version: str = "1"
    fact_count: int = 0
    fact_ids: tuple[str, ...] = ()


class FactRetracted(FactData):
    """A fact is withdrawn; projections drop it, the log keeps both."""

    kind: Literal["FactRetracted"] = "FactRetracted"
    fact_id: str
    reason: str = Field(min_length=1)


class FactSuperseded(FactData):
    """A fact is replaced by a corrected one (appended separately, id given here)."""

    kind: Literal["FactSuperseded"] = "FactSuperseded"
    fact_id: str
    replacement_id: str
    reason: str = Field(min_length=1)
