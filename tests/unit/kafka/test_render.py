"""The fast canonical renderer gives the reference bytes, or None (then the caller dumps)."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated

from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, ConfigDict, Field, PlainSerializer, field_serializer

from contracts.chain import canonical_bytes
from contracts.common import EntityRef
from events.kafka.render import fast_canonical, plain_model
from tests.integration.workload import articles
from tests.support.builders import retraction, supersession
from tests.support.history import synthetic_history
from tests.unit.kafka.test_sealing import _every_attribute


def reference(model: BaseModel) -> bytes:
    return canonical_bytes(model.model_dump(mode="json"))


def test_every_generated_event_renders_its_data_and_attributes_as_the_reference() -> None:
    history = synthetic_history(40)
    events = [
        *history,
        retraction(history[0]),
        supersession(history[1], history[2]),
        *(e for a in articles(40, seed=3) for e in a),
        *_every_attribute(),
    ]
    assert len({e.type for e in events}) >= 8
    for event in events:
        assert fast_canonical(event.data) == reference(event.data), event.type
        attributes = event.model_dump(mode="json", exclude={"data", "hash"})
        fast = fast_canonical({k: getattr(event, k) for k in attributes})
        assert fast is None or fast == canonical_bytes(attributes)


class Kind(StrEnum):
    A = "a"


class Sample(BaseModel):
    model_config = ConfigDict(frozen=True)

    text: str
    number: float
    count: int
    when: dt.datetime
    day: dt.date
    kind: Kind = Kind.A
    refs: tuple[EntityRef, ...] = ()
    extra: dict[str, int] = Field(default_factory=dict)


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(),
    number=st.floats(allow_nan=False, allow_infinity=False),
    count=st.integers(),
    when=st.datetimes(
        timezones=st.sampled_from([None, dt.UTC, dt.timezone(dt.timedelta(hours=-3))])
    ),
    day=st.dates(),
    names=st.lists(st.text(min_size=1), max_size=3),
    extra=st.dictionaries(st.text(), st.integers(-(2**70), 2**70), max_size=3),
)
def test_generated_models_render_as_the_reference_or_not_at_all(
    text: str,
    number: float,
    count: int,
    when: dt.datetime,
    day: dt.date,
    names: list[str],
    extra: dict[str, int],
) -> None:
    refs = tuple(EntityRef(id=f"e{i}", name=n) for i, n in enumerate(names))
    sample = Sample(
        text=text, number=number, count=count, when=when, day=day, refs=refs, extra=extra
    )
    fast = fast_canonical(sample)
    assert fast is None or fast == reference(sample)
    if abs(count) < 2**63 and all(abs(v) < 2**63 for v in extra.values()) and number == 0:
        assert fast is not None  # the common case does take the fast path


class Custom(BaseModel):
    value: int

    @field_serializer("value")
    def _shift(self, value: int) -> int:
        return value + 1


class Annotated_(BaseModel):
    value: Annotated[int, PlainSerializer(lambda v: str(v))]


class Aliased(BaseModel):
    value: int = Field(serialization_alias="v")


class Text(str):
    pass


def test_what_the_renderer_cannot_promise_is_left_to_pydantic() -> None:
    for model in (Custom(value=1), Annotated_(value=1), Aliased(value=1)):
        assert not plain_model(type(model))
        assert fast_canonical(model) is None
    assert fast_canonical({"text": Text("x")}) is None  # a str subclass
    assert fast_canonical({"n": 2**64}) is None  # beyond orjson's ints
    assert fast_canonical({"f": 1e-05}) is None  # a float orjson writes otherwise
    assert fast_canonical({"s": {1}}) is None  # not JSON data
