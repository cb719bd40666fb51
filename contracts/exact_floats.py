"""Where a model's floats are, so canonical JSON from orjson needs no scan of its output.

orjson and the chain's reference encoder (`json.dumps`) write the same bytes for every JSON
value but some floats: Python's repr switches to an exponent below 1e-4 and from 1e16 on,
and orjson writes those otherwise. Instead of scanning every rendered event for what looks
like such a number (`contracts.chain.may_differ`, ~4 µs an event on the writer's hot path),
the renderer looks at the floats themselves: a model's fields typed to hold a bare float are
known from its annotations (found once per class), and their values are checked as the model
is rendered. A model that may hold floats elsewhere (in a list, a dict, `Any`) is not
rendered this way at all: the caller takes the reference path.
tests/unit/contracts/test_exact_floats.py compares with `json.dumps` over generated floats.
"""

from __future__ import annotations

import collections.abc as abc
import datetime as dt
import enum
import types
import typing
from typing import Any, Literal

from pydantic import BaseModel

from contracts.model_json import TEMPORAL, NotPlain, plain_model

# Floats whose repr has no exponent and which orjson writes the same (both use the shortest
# round-tripping digits); 0.0 and -0.0 too. NaN and the infinities fail the comparison.
_LOW, _HIGH = 1e-4, 1e15

_FIELDS: dict[type, tuple[str, ...] | None] = {}  # model -> bare-float fields; None: opaque
_EXACT: dict[type, tuple[str, ...] | None] = {}  # the same, for plain models only
_NONE, _BARE, _OPAQUE = 0, 1, 2
_SCALARS: tuple[type, ...] = (BaseModel, str, int, bool, bytes, enum.Enum)
_SCALARS += (dt.datetime, dt.date, dt.time, dt.timedelta)
_UNKNOWN: Any = object()


def exact_float(value: float) -> bool:
    """Whether orjson writes `value` as `json.dumps` does."""
    return value == 0.0 or _LOW <= abs(value) < _HIGH


def as_exact(value: Any) -> Any:
    """orjson's `default` for canonical JSON: `model_json.as_plain`, and NotPlain for a
    model whose floats orjson may write otherwise (then the caller takes the reference)."""
    cls = type(value)
    floats = _EXACT.get(cls, _UNKNOWN)
    if floats is _UNKNOWN:
        if cls in TEMPORAL:  # exact types only: a subclass may render otherwise
            return TEMPORAL[cls].to_python(value, mode="json")
        if not (isinstance(value, BaseModel) and plain_model(cls)):
            raise NotPlain(cls.__name__)
        floats = _EXACT[cls] = float_fields(cls)
    if floats is None:
        raise NotPlain(cls.__name__)
    fields = value.__dict__
    for name in floats:
        v = fields[name]
        if isinstance(v, float) and not exact_float(v):
            raise NotPlain(f"{cls.__name__}.{name}")
    return fields


def float_fields(cls: type[BaseModel]) -> tuple[str, ...] | None:
    """The fields of `cls` that may hold a bare float (each checked as rendered), or None
    when a float may hide where the renderer does not look (remembered per class)."""
    if cls in _FIELDS:
        return _FIELDS[cls]
    bare: list[str] = []
    found: tuple[str, ...] | None = ()
    for name, field in cls.model_fields.items():
        kind = _floats_in(field.annotation)
        if kind == _OPAQUE:
            found = None
            break
        if kind == _BARE:
            bare.append(name)
    else:
        found = tuple(bare)
    _FIELDS[cls] = found
    return found


def _floats_in(tp: Any) -> int:
    """Whether a value of type `tp` is a float (_BARE), holds none outside nested models
    (_NONE: those are checked as they are rendered), or may hold one elsewhere (_OPAQUE)."""
    if tp is None or tp is type(None):
        return _NONE
    if isinstance(tp, type):
        if issubclass(tp, float):
            return _BARE
        if issubclass(tp, enum.Enum):  # written as its value
            return _OPAQUE if any(isinstance(m.value, float) for m in tp) else _NONE
        if issubclass(tp, _SCALARS):
            return _NONE
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin is typing.Annotated:
        return _floats_in(args[0])
    if origin is Literal:
        return _BARE if any(isinstance(a, float) for a in args) else _NONE
    if origin is typing.Union or origin is types.UnionType:
        return max(_floats_in(a) for a in args)
    if isinstance(origin, type) and issubclass(origin, abc.Collection | abc.Mapping):
        inner = [a for a in args if a is not Ellipsis]
        return _OPAQUE if any(_floats_in(a) != _NONE for a in inner) else _NONE
    return _OPAQUE  # Any, type variables, anything not understood: not promised
