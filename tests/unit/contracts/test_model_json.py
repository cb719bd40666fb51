"""Documents rendered by orjson are byte for byte what `model_dump_json` gives."""

from __future__ import annotations

import datetime as dt

import orjson
from pydantic import BaseModel, ConfigDict, field_serializer

from contracts.model_json import document_json
from services.projections.registry import PROJECTIONS
from services.projections.trusted_record import RawEvent
from tests.support.builders import retraction, supersession
from tests.support.history import synthetic_history


def _events() -> list:
    history = synthetic_history(60)
    return [*history, retraction(history[0]), supersession(history[4], history[7])]


def test_settled_documents_of_the_validated_fold_render_as_the_pydantic_dump() -> None:
    events = _events()
    rendered = 0
    for projection in PROJECTIONS:
        by_key: dict[str, list] = {}
        for event in events:
            for key in projection.keys_for(event):
                by_key.setdefault(key, []).append(event)
        for mine in by_key.values():
            state = projection.settle(projection.record_all(None, mine))
            assert document_json(state) == state.model_dump_json().encode()
            rendered += 1
    assert rendered >= 5


def test_documents_built_from_plain_dicts_render_as_the_pydantic_dump() -> None:
    """The rebuild's states are assembled without validation (`trusted_record`): their field
    order is whatever the builders wrote, and the bytes must still be the reference's."""
    raw = [RawEvent.of(orjson.loads(e.model_dump_json())) for e in synthetic_history(60)]
    rendered = 0
    for projection in PROJECTIONS:
        assert projection.raw_keys_for is not None and projection.record_raw is not None
        by_key: dict[str, list[RawEvent]] = {}
        for event in raw:
            for key in projection.raw_keys_for(event):
                by_key.setdefault(key, []).append(event)
        for mine in by_key.values():
            state = projection.settle(projection.record_raw(None, mine))
            assert document_json(state) == state.model_dump_json().encode()
            rendered += 1
    assert rendered >= 5


class Custom(BaseModel):
    model_config = ConfigDict(frozen=True)

    when: dt.datetime
    tags: frozenset[str]

    @field_serializer("when")
    def _day_only(self, when: dt.datetime) -> str:
        return when.date().isoformat()


class Holder(BaseModel):
    inner: Custom
    day: dt.date
    big: int


def test_a_model_orjson_cannot_render_exactly_takes_the_pydantic_dump() -> None:
    when = dt.datetime(2021, 11, 23, 10, 30, tzinfo=dt.UTC)
    custom = Custom(when=when, tags=frozenset({"b"}))
    for model in (custom, Holder(inner=custom, day=when.date(), big=2**70)):
        assert document_json(model) == model.model_dump_json().encode()
    assert b"2021-11-23T10" not in document_json(custom)  # the serializer ran
