"""Canonical JSON of validated models straight from their fields, without a pydantic dump.

`canonical_bytes(model.model_dump(mode="json"))` builds a JSON-mode dict through pydantic
(~3 µs for an event's data, ~6 µs for its attributes) only for orjson to walk it again.
orjson can walk the model itself: a model whose JSON-mode dump is just its fields (no
serializers, aliases, computed or extra fields) is handed to orjson as its `__dict__`, and
the only value types orjson would write differently from pydantic's JSON mode (datetimes,
dates, times) are rendered by pydantic itself. Anything else orjson does not write natively
(str or int subclasses, big ints, unknown types) raises, and the caller takes the reference
path, so the result is the reference bytes or None, never different bytes.
tests/unit/kafka/test_render.py compares with the reference over generated events.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import orjson
from pydantic import BaseModel, TypeAdapter

from contracts.chain import may_differ

_OPTIONS = (
    orjson.OPT_SORT_KEYS
    | orjson.OPT_PASSTHROUGH_SUBCLASS
    | orjson.OPT_PASSTHROUGH_DATETIME
    | orjson.OPT_PASSTHROUGH_DATACLASS
)
_TEMPORAL = {t: TypeAdapter(t).serializer for t in (dt.datetime, dt.date, dt.time)}
_PLAIN: dict[type, bool] = {}  # model class -> whether its JSON-mode dump is its __dict__


class NotPlain(TypeError):
    """A value the fast renderer does not render exactly: take the reference path."""


def _plain_model(cls: type[BaseModel]) -> bool:
    config = cls.model_config
    return (
        config.get("extra") != "allow"
        and config.get("alias_generator") is None
        and not cls.__pydantic_root_model__
        and not _customised(cls.__pydantic_core_schema__)
    )


# Core-schema keys through which a dump may differ from the fields' values as they are:
# custom serializers (field_/model_serializer, PlainSerializer in any Annotated type),
# serialization aliases, excluded and computed fields.
_CUSTOM_KEYS = frozenset(
    {"serialization", "serialization_alias", "serialization_exclude", "computed_fields"}
)


def _customised(schema: Any) -> bool:
    if isinstance(schema, dict):
        return any((k in _CUSTOM_KEYS and v) or _customised(v) for k, v in schema.items())
    if isinstance(schema, list | tuple):
        return any(_customised(v) for v in schema)
    return False


def plain_model(cls: type[BaseModel]) -> bool:
    """Whether a model's JSON-mode dump is its fields' values as they are (remembered)."""
    plain = _PLAIN.get(cls)
    if plain is None:
        plain = _PLAIN[cls] = _plain_model(cls)
    return plain


def _default(value: Any) -> Any:
    cls = type(value)
    plain = _PLAIN.get(cls)  # models first: the most common by far
    if plain:
        return value.__dict__
    if cls in _TEMPORAL:  # exact types only: a subclass may render otherwise
        return _TEMPORAL[cls].to_python(value, mode="json")
    if plain is None and isinstance(value, BaseModel) and plain_model(cls):
        return value.__dict__
    raise NotPlain(cls.__name__)


def fast_canonical(value: Any) -> bytes | None:
    """`canonical_bytes` of `value`'s JSON-mode dump (models inside allowed), or None when
    this renderer cannot promise the same bytes (then dump through pydantic)."""
    try:
        out = orjson.dumps(value, default=_default, option=_OPTIONS)
    except TypeError:  # NotPlain, or orjson's own refusals (big ints, non-str keys)
        return None
    return None if may_differ(out) else out
