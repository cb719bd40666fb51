"""Canonical JSON from orjson without scanning its output: floats are found by type and
checked by value, and what cannot be checked is left to the reference encoder."""

from __future__ import annotations

import json
from enum import Enum
from typing import Annotated, Any

import orjson
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, Field

from contracts.chain import canonical_bytes
from contracts.common import EntityRef, Provenance
from contracts.exact_floats import exact_float, float_fields
from events.kafka.render import fast_canonical


@settings(max_examples=2000, deadline=None)
@given(st.floats(allow_nan=True, allow_infinity=True))
def test_a_float_called_exact_is_written_by_orjson_as_json_dumps_writes_it(value: float) -> None:
    if exact_float(value):
        assert orjson.dumps(value) == json.dumps(value).encode()


def test_the_floats_near_the_limits() -> None:
    for value in (0.0, -0.0, 1e-4, 0.00011, 0.5, 1.0, 123456.789, 1e15 - 1, 999999999999999.9):
        assert exact_float(value) and orjson.dumps(value) == json.dumps(value).encode()
    for value in (1e-5, 9.9e-5, 1e15, 1e16, 1e300, float("nan"), float("inf")):
        assert not exact_float(value)


class Bare(BaseModel):
    score: float
    maybe: float | None = None
    ranked: Annotated[float, Field(ge=0)] = 0.5
    name: str = ""
    ref: EntityRef | None = None


class InAList(BaseModel):
    scores: list[float]


class Loose(BaseModel):
    anything: Any = None


class Tiny(Enum):  # not a float subclass, but written as its float value
    LEAST = 1e-05


class TinyFloat(float, Enum):
    LEAST = 1e-05


class WithEnum(BaseModel):
    tiny: Tiny = Tiny.LEAST


class WithFloatEnum(BaseModel):
    tiny: TinyFloat = TinyFloat.LEAST


class Nested(BaseModel):
    items: tuple[EntityRef, ...] = ()
    counts: dict[str, int] = Field(default_factory=dict)


def test_fields_that_may_hold_a_bare_float_are_found_by_type() -> None:
    assert float_fields(Bare) == ("score", "maybe", "ranked")
    assert float_fields(Provenance) == ("confidence",)
    assert float_fields(Nested) == ()  # models inside are checked as they are rendered
    assert float_fields(InAList) is None  # a float where the renderer does not look
    assert float_fields(Loose) is None
    assert float_fields(WithEnum) is None  # an enum is written as its value
    assert float_fields(WithFloatEnum) == ("tiny",)  # a float: checked by value


def test_a_model_renders_fast_unless_one_of_its_floats_may_render_otherwise() -> None:
    for score in (0.25, 0.0, 3.5):
        model = Bare(score=score, maybe=0.75)
        assert fast_canonical(model) == canonical_bytes(model.model_dump(mode="json"))
    assert fast_canonical(Bare(score=1e-05)) is None
    assert fast_canonical(Bare(score=0.5, maybe=2e20)) is None
    assert fast_canonical(InAList(scores=[0.5])) is None  # not promised: the reference path
    assert fast_canonical(WithEnum()) is None and fast_canonical(WithFloatEnum()) is None
    assert fast_canonical({"ref": Nested(items=(EntityRef(id="a", name="A"),))}) is not None


def test_a_dicts_own_floats_are_checked_and_its_containers_scanned() -> None:
    assert fast_canonical({"f": 0.5}) == b'{"f":0.5}'
    assert fast_canonical({"f": 1e-05}) is None
    assert fast_canonical({"xs": [0.5, 1e-07]}) is None
    assert fast_canonical({"xs": [0.5, 2.0]}) == b'{"xs":[0.5,2.0]}'
