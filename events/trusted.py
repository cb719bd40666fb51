"""Trusted replay: decode a stored event into the contract models without validating it.

Every stored event was validated when it was appended, and the hash chain proves it was not
altered since (`factstream verify`), so a rebuild may skip validation (issue 13's decision).
Models are built field by field from a plan derived once per class from its annotations
(nested models, optional models, tuples of models, datetimes, the data union by `kind`);
other values are taken as the JSON gave them, and a type the plan does not know is
validated by pydantic as before. Small immutable value objects that repeat across events
(entities, dates) are built once and shared. The API boundary and every other read keep
full validation (`parse_event`). `tests/unit/contracts/test_trusted_decode.py` checks this
builds exactly what `parse_event` does; `tests/history/test_trusted_replay.py` that a
rebuild gives the same read-model digests.
"""

from __future__ import annotations

import datetime as dt
import types
import typing
from collections.abc import Callable
from typing import Any, TypeVar

import orjson
from pydantic import BaseModel, TypeAdapter

from contracts.common import EntityRef, PartialDate
from contracts.envelope import TYPE_BY_NAME, Event
from contracts.upcasting import UPCASTERS, upcast

Build = Callable[[Any], Any]
_PLAIN = (str, int, float, bool, type(None))
SHARED = (EntityRef, PartialDate)  # frozen, small, repeated: one instance per value
MAX_SHARED = 100_000
_set = object.__setattr__


def trusted_event(raw: str | bytes) -> Event:
    """The event stored as `raw` (canonical JSON written by the log), unvalidated."""
    return trusted_from_dict(orjson.loads(raw))


def trusted_from_dict(value: dict[str, Any], absent_is_null: bool = False) -> Event:
    """As `trusted_event`, from the event's JSON-mode dict. `absent_is_null`: a field left
    out was null (a Kafka message has no header for a null attribute), so the model is
    assembled directly instead of through `model_construct`'s defaults."""
    if UPCASTERS:
        value = upcast(value)
    if not absent_is_null:
        return _EVENT(value)  # type: ignore[no-any-return]
    present = set(value)  # validation leaves the absent ones unset: so do we
    for name in _EVENT_FIELDS:
        value.setdefault(name, None)
    event = _EVENT(value)
    _set(event, "__pydantic_fields_set__", present & _EVENT_FIELD_SET)
    return event  # type: ignore[no-any-return]


M = TypeVar("M", bound=BaseModel)


# A frozen model's set of every field name, shared by all its assembled instances: pydantic
# adds to the set only on assignment (refused when frozen) and copies it before a
# `model_copy` changes it; one set per instance was ~30% of a rebuild's held read model.
_ALL_FIELDS: dict[type[BaseModel], set[str]] = {}


def _fields_set(cls: type[BaseModel], fields: dict[str, Any]) -> set[str]:
    every = _ALL_FIELDS.get(cls)
    if every is None:
        every = set(cls.model_fields) if cls.model_config.get("frozen") else set()
        _ALL_FIELDS[cls] = every
    # `fields` holds model fields only (the callers'): the same count is the same names
    return every if len(fields) == len(every) else set(fields)


def assembled(cls: type[M], fields: dict[str, Any]) -> M:
    """A model holding `fields` (every field, in the model's order) without validation: what
    `model_construct` gives, minus its per-field default handling (trusted values only)."""
    obj = cls.__new__(cls)
    _set(obj, "__dict__", fields)
    _set(obj, "__pydantic_fields_set__", _fields_set(cls, fields))
    _set(obj, "__pydantic_extra__", None)
    _set(obj, "__pydantic_private__", None)
    return obj


def _model_builder(cls: type[BaseModel], special: dict[str, Build] | None = None) -> Build:
    names = tuple(cls.model_fields)
    plan = [(n, (special or {}).get(n) or _builder(cls.model_fields[n].annotation)) for n in names]
    count = len(names)

    def build(value: dict[str, Any]) -> BaseModel:
        if len(value) != count:  # a field left out: let pydantic fill in its default
            return cls.model_construct(
                **{n: (b(value[n]) if b else value[n]) for n, b in plan if n in value}
            )
        # the fields in the model's order, as validation gives them (a dump follows it)
        return assembled(cls, {n: (value[n] if b is None else b(value[n])) for n, b in plan})

    if cls not in SHARED:
        return build
    shared: dict[tuple[Any, ...], BaseModel] = {}

    def build_shared(value: dict[str, Any]) -> BaseModel:
        key = tuple(value.values())
        found = shared.get(key)
        if found is None:
            if len(shared) >= MAX_SHARED:
                shared.clear()
            found = shared[key] = build(value)
        return found

    return build_shared


_BUILDERS: dict[Any, Build | None] = {}


def _builder(annotation: Any) -> Build | None:
    """How to build a field's value from its JSON value; None: the JSON value is it."""
    if annotation not in _BUILDERS:
        _BUILDERS[annotation] = _make_builder(annotation)
    return _BUILDERS[annotation]


def _make_builder(annotation: Any) -> Build | None:
    origin = typing.get_origin(annotation)
    if annotation in _PLAIN or origin is typing.Literal:
        return None
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return _model_builder(annotation)
    if annotation is dt.datetime:
        return dt.datetime.fromisoformat
    args = typing.get_args(annotation)
    if origin in (types.UnionType, typing.Union):
        inner_args = [a for a in args if a is not type(None)]
        if len(inner_args) == 1:
            inner = _builder(inner_args[0])
            return None if inner is None else (lambda v: None if v is None else inner(v))
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        item = _builder(args[0])
        return tuple if item is None else (lambda v: tuple(map(item, v)))
    adapter: TypeAdapter[Any] = TypeAdapter(annotation)  # not planned for: validate it
    return adapter.validate_python


def _data(value: dict[str, Any]) -> BaseModel:
    return _DATA[value["kind"]](value)  # type: ignore[no-any-return]


_DATA: dict[str, Build] = {kind: _model_builder(cls) for kind, cls in TYPE_BY_NAME.items()}
_EVENT = _model_builder(Event, {"data": _data})
_EVENT_FIELDS = tuple(Event.model_fields)
_EVENT_FIELD_SET = frozenset(_EVENT_FIELDS)
