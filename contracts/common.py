"""Value objects shared by every event: entities, partial dates, provenance, attribution."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

EntityKind = Literal["person", "state", "organisation", "place", "force", "other"]
DatePrecision = Literal["day", "month", "year"]

_DATE_PATTERNS: dict[DatePrecision, re.Pattern[str]] = {
    "day": re.compile(r"^\d{4}-\d{2}-\d{2}$"),
    "month": re.compile(r"^\d{4}-\d{2}$"),
    "year": re.compile(r"^\d{4}$"),
}


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


def slugify(name: str) -> str:
    """The stable id of an entity: its canonical English name, lowercased ASCII, dashed."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


class EntityRef(Frozen):
    """A person, state, organisation, force or place, named as its English Wikipedia title."""

    id: str = Field(description="Stable id: the slug of the canonical name.")
    name: str = Field(min_length=1, description="Canonical English name (Wikipedia title).")
    kind: EntityKind = "other"
    wikidata: str | None = Field(default=None, pattern=r"^Q\d+$")

    @classmethod
    def named(cls, name: str, kind: EntityKind = "other", wikidata: str | None = None) -> EntityRef:
        return cls(id=slugify(name), name=name, kind=kind, wikidata=wikidata)


@lru_cache(maxsize=65536)
def precision_of(value: str) -> DatePrecision:
    for precision, pattern in _DATE_PATTERNS.items():
        if pattern.match(value):
            return precision
    raise ValueError(f"date {value!r} is not ISO 8601 YYYY-MM-DD, YYYY-MM or YYYY")


class PartialDate(Frozen):
    """A world date at the precision the source supports."""

    value: str = Field(description="ISO 8601: YYYY-MM-DD, YYYY-MM or YYYY")
    precision: DatePrecision
    derivation: str | None = Field(
        default=None,
        description=(
            "How the date was found. Extracted facts: 'explicit' (the text gives it whole), "
            "'relative: …' (a weekday or relative word against the dateline or publication "
            "date), 'inferred: …' (a year-less date's year, the paragraph's narrative "
            "date, or the day of a known document named without one), 'dateline' or "
            "'publication: …' (undated news: the article's day). "
            "Facts submitted by hand: 'curated'."
        ),
    )

    @model_validator(mode="after")
    def _check(self) -> PartialDate:
        problem = _date_problem(self.value, self.precision)
        if problem:
            raise ValueError(problem)
        return self

    @classmethod
    def parse(cls, value: str, derivation: str | None = None) -> PartialDate:
        return cls(value=value, precision=precision_of(value), derivation=derivation)

    def start(self) -> str:
        """First day covered, as YYYY-MM-DD (for ordering intervals)."""
        if self.precision == "day":  # the common case, and called in every sort key
            return self.value
        return f"{self.value}-01" if self.precision == "month" else f"{self.value}-01-01"

    def end(self) -> str:
        """Last day covered, as YYYY-MM-DD ("31" is fine: only used for ordering)."""
        if self.precision == "day":
            return self.value
        return f"{self.value}-31" if self.precision == "month" else f"{self.value}-12-31"


@lru_cache(maxsize=65536)  # read models hold many dates; each is checked once
def _date_problem(value: str, precision: str) -> str | None:
    try:
        if precision_of(value) != precision:
            return f"date {value!r} does not have precision {precision!r}"
        _check_calendar(value)
    except ValueError as exc:
        return str(exc)
    return None


def _check_calendar(value: str) -> None:
    parts = [int(p) for p in value.split("-")]
    year, month, day = (
        parts[0],
        (parts[1] if len(parts) > 1 else 1),
        (parts[2] if len(parts) > 2 else 1),
    )
    try:
        dt.date(year, month, day)
    except ValueError as exc:
        raise ValueError(f"date {value!r} is not a calendar date: {exc}") from None


class Evidence(Frozen):
    start: int = Field(ge=0, description="Character offset into the article text.")
    end: int = Field(ge=0)
    quote: str

    @model_validator(mode="after")
    def _ordered(self) -> Evidence:
        if self.end < self.start:
            raise ValueError("evidence end must not precede start")
        return self


class Provenance(Frozen):
    """Where a fact came from and what read it."""

    article_id: str
    article_url: str | None = None
    published: str | None = Field(default=None, description="Article date, YYYY-MM-DD.")
    evidence: tuple[Evidence, ...] = ()
    extractor: str = "curated"
    extractor_version: str = "1"
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)

    @field_validator("published")
    @classmethod
    def _day(cls, value: str | None) -> str | None:
        if value is not None:
            if precision_of(value) != "day":
                raise ValueError("published must be YYYY-MM-DD")
            _check_calendar(value)
        return value


class Attribution(Frozen):
    """Who asserts the fact: the chain publisher -> speaker -> claim."""

    claimed_by: tuple[EntityRef, ...] = ()
    reported_by: EntityRef | None = Field(default=None, description="The publisher, if known.")
    modality: str = Field(default="asserted", description="asserted, planned, held, denied, ...")
