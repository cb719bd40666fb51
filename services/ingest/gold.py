"""Facts in the gold shape (shared/corpus/README.md) -> typed fact payloads.

Where the gold shape lists alternatives ("any of these is correct"), the first one is the
canonical value we store. Names resolve to entities by their canonical name; an unknown
name becomes an entity of kind "other" with the slug of the name as id.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from pydantic import ValidationError

from contracts.common import EntityKind, EntityRef, PartialDate, slugify
from contracts.envelope import FACT_KIND_NAMES, TYPE_BY_NAME
from contracts.facts import FactData

ENTITY_FIELDS = {
    "participants",
    "place",
    "claimed_by",
    "denied_by",
    "speaker",
    "parties",
    "mediator",
    "location",
    "territory",
    "from",
    "to",
    "force",
    "area",
}
RENAMED = {"from": "from_party", "to": "to_party"}
# Not plural by name: a list there means "any of these" (README), so the first is kept.
ATTRIBUTION_FIELDS = ("claimed_by", "denied_by")
# Optional provenance a curated fact may carry beside its arguments.
PROVENANCE_FIELDS = frozenset({"evidence", "modality", "confidence", "date_derivation"})
Resolver = Callable[[str], EntityRef]


class FactRejected(ValueError):
    """A fact in the gold shape that cannot become an event; the message says why."""

    def __init__(self, index: int, message: str) -> None:
        super().__init__(f"facts[{index}]: {message}")
        self.index = index


# Names resolved so far, per process. A resolution depends only on the exact name and the
# gazetteer, which is read once per process from the packaged data and never reloaded, so
# the name is the whole key; EntityRef is frozen, so one instance can be shared. An unknown
# name costs ~60 µs (morphology), a known one ~10 µs, and news repeats names (bench_freshness).
RESOLVED_NAMES = 16_384


@lru_cache(maxsize=RESOLVED_NAMES)
def resolve_by_gazetteer(name: str) -> EntityRef:
    """The gazetteer's entity when `name` is its canonical name, else a plain named entity
    (memoised: `resolve_uncached` is the plain lookup)."""
    if slugify(name) not in _gazetteer_ids():
        # Only an entity whose id is this name's slug is kept, and every entity the
        # gazetteer returns is one of its records: no lookup (morphology, ~40 µs) can match.
        return EntityRef.named(name)
    return resolve_uncached(name)


@lru_cache(maxsize=1)
def _gazetteer_ids() -> frozenset[str]:
    """The ids of the gazetteer's entities (the slug of each record's canonical name)."""
    from services.extraction.gazetteer_load import load_entities

    return frozenset(slugify(record.name) for record in load_entities())


def resolve_uncached(name: str) -> EntityRef:
    """`resolve_by_gazetteer` without the cache."""
    from services.extraction import canonical_entity

    entity = canonical_entity(name)
    if entity is not None and entity.id == EntityRef.named(name).id:
        kind: EntityKind = entity.kind if entity.kind in _KINDS else "other"
        return EntityRef(id=entity.id, name=entity.name, kind=kind, wikidata=entity.wikidata)
    return EntityRef.named(name)


_KINDS = {"person", "state", "organisation", "place", "force", "other"}


def first(value: Any) -> Any:
    """The canonical choice among alternatives: the first one."""
    while isinstance(value, list):
        if not value:
            return None
        value = value[0]
    return value


def _names(value: Any, plural: bool) -> Any:
    if value is None:
        return None
    if plural:
        items = value if isinstance(value, list) else [value]
        return [first(v) for v in items]
    return first(value)


def fact_payload(index: int, fact: dict[str, Any], resolve: Resolver) -> FactData:
    if not isinstance(fact, dict):
        raise FactRejected(index, "a fact must be a JSON object")
    kind = fact.get("kind")
    if kind not in FACT_KIND_NAMES:
        raise FactRejected(
            index, f"unknown kind {kind!r}; expected one of {', '.join(sorted(FACT_KIND_NAMES))}"
        )
    model = TYPE_BY_NAME[kind]
    args: dict[str, Any] = {"kind": kind}
    for name, value in fact.items():
        field = RENAMED.get(name, name)
        if name == "kind" or name in PROVENANCE_FIELDS:
            continue
        if field not in model.model_fields:
            if name == "claimed_by":
                continue  # attribution only, for kinds that do not keep it as an argument
            raise FactRejected(index, f"{kind} has no argument {name!r}")
        try:
            args[field] = _convert(field, name, value, model, resolve)
        except (ValueError, TypeError) as exc:
            raise FactRejected(index, f"{kind}.{name}: {exc}") from None
    try:
        return model.model_validate(args)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or kind}: {err['msg']}" for err in exc.errors()
        )
        raise FactRejected(index, f"{kind}: {problems}") from None


def _convert(field: str, name: str, value: Any, model: type[FactData], resolve: Resolver) -> Any:
    if value is None:
        return None
    if name in ENTITY_FIELDS:
        if name in ATTRIBUTION_FIELDS:  # the gold shape lists alternatives here, not a set
            return [resolve(_names(value, plural=False).strip())]
        plural = _is_plural(model, field)
        names = _names(value, plural)
        if plural:
            if not all(isinstance(n, str) and n.strip() for n in names):
                raise ValueError("expected a list of non-empty names")
            return [resolve(n.strip()) for n in names]
        if not isinstance(names, str) or not names.strip():
            raise ValueError("expected a non-empty name")
        return resolve(names.strip())
    if field in ("date", "previous_date"):
        chosen = first(value)
        if not isinstance(chosen, str):
            raise ValueError("a date must be a string YYYY-MM-DD, YYYY-MM or YYYY")
        return PartialDate.parse(chosen, derivation="curated")
    return value


@lru_cache(maxsize=256)  # (fact class, field): a few dozen pairs
def _is_plural(model: type[FactData], field: str) -> bool:
    annotation = str(model.model_fields[field].annotation)
    return "tuple" in annotation


def attribution_names(fact: dict[str, Any]) -> list[str]:
    """Who claims the fact: claimed_by, else denied_by (a denial), else the speaker."""
    for field in ATTRIBUTION_FIELDS:
        if fact.get(field):
            return [_names(fact[field], plural=False)]
    if fact.get("speaker"):
        return [first(fact["speaker"])]
    return []
