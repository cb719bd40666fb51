"""The gold shape of a curated fact (shared/corpus/README.md) as an HTTP input contract.

One model per fact kind, derived from the fact catalogue so the two cannot drift: entity
fields take a name or a list of names (the first is kept where the gold shape lists
alternatives), dates take a partial date or a list of them, `from`/`to` keep their gold
names. Provenance fields (evidence, modality, confidence, date_derivation) are accepted and
ignored. services/ingest/gold.py turns a validated fact into its event payload.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag, create_model

from contracts.common import EntityRef, PartialDate
from contracts.facts import FACT_KINDS, FactData
from contracts.limits import MAX_NAMES, MAX_SHORT_TEXT, Name, PartialDay, ShortText, Summary

GOLD_NAMES = {"from_party": "from", "to_party": "to"}
Names = Annotated[list[Name], Field(min_length=1, max_length=MAX_NAMES)]
OneOrMoreNames = Name | Names
Dates = Annotated[list[PartialDay], Field(min_length=1, max_length=MAX_NAMES)]
Provenance = Annotated[Any, Field(description="Accepted and ignored (provenance).")]


class GoldFactBase(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=False)

    claimed_by: OneOrMoreNames | None = None
    evidence: Provenance = None
    modality: Provenance = None
    confidence: Provenance = None
    date_derivation: Provenance = None

    def as_gold(self) -> dict[str, Any]:
        """The fact as it was sent (gold field names), without unset fields."""
        return self.model_dump(by_alias=True, exclude_unset=True)


def _gold_field(model: type[FactData], field: str) -> tuple[Any, Any]:
    info = model.model_fields[field]
    text = str(info.annotation)
    required = info.is_required()
    plural = "tuple" in text
    if "EntityRef" in text or info.annotation is EntityRef:
        kind: Any = OneOrMoreNames
        nullable = not required and not plural
    elif "PartialDate" in text or info.annotation is PartialDate:
        kind, nullable = PartialDay | Dates, not required
    else:
        kind, nullable = (Summary if field == "summary" else ShortText), not required
    annotation = kind | None if nullable else kind
    default = ... if required else None
    alias = GOLD_NAMES.get(field)
    if plural and not required:
        annotation, default = kind, None  # optional, but not null
    return annotation, Field(default=default, alias=alias, description=info.description)


def _gold_model(model: type[FactData]) -> type[GoldFactBase]:
    name = model.model_fields["kind"].default
    fields: dict[str, Any] = {"kind": (Literal[name], ...)}
    for field in model.model_fields:
        if field != "kind":
            fields[field] = _gold_field(model, field)
    built: type[GoldFactBase] = create_model(
        f"Gold{name}", __base__=GoldFactBase, __doc__=f"A {name} fact, gold shape.", **fields
    )
    return built


GOLD_MODELS: tuple[type[GoldFactBase], ...] = tuple(_gold_model(k) for k in FACT_KINDS)
_KIND_NAMES: list[str] = [m.model_fields["kind"].annotation.__args__[0] for m in GOLD_MODELS]  # type: ignore[union-attr]


def _kind_of(value: Any) -> str | None:
    kind = value.get("kind") if isinstance(value, dict) else getattr(value, "kind", None)
    return kind if isinstance(kind, str) else None


if TYPE_CHECKING:  # every member is a GoldFactBase; the union is built at run time
    GoldFact = GoldFactBase
else:
    GoldFact = Annotated[
        Union[tuple(Annotated[m, Tag(k)] for m, k in zip(GOLD_MODELS, _KIND_NAMES, strict=True))],  # noqa: UP007
        Discriminator(
            _kind_of,
            custom_error_type="unknown_kind",
            custom_error_message=f"unknown kind; expected one of {', '.join(sorted(_KIND_NAMES))}",
        ),
    ]
__all__ = ["GOLD_MODELS", "MAX_SHORT_TEXT", "GoldFact", "GoldFactBase"]
