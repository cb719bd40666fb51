"""Documents rendered by orjson are byte for byte what `model_dump_json` gives."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

import orjson
import pytest
from pydantic import BaseModel, ConfigDict, field_serializer

from contracts.envelope import Event
from contracts.model_json import document_json
from services.projections.registry import CORRECTIONS, PROJECTIONS, Projection
from services.projections.trusted_record import RawEvent
from tests.support.builders import retraction, supersession
from tests.support.history import synthetic_history


def _events() -> list[Event]:
    history = synthetic_history(60)
    meetings = [e for e in history if e.type.startswith("Meeting")]
    fixes = [retraction(history[0]), retraction(meetings[0])]
    return [*history, *fixes, supersession(meetings[3], meetings[6])]


def _settled(
    events: Sequence[Any], keys_for: Callable[[Any], list[str]], record: Callable[..., Any]
) -> list[BaseModel]:
    """Each document the events make, folded at once and settled (corrections routed to the
    documents of the facts they correct, as the runners do)."""
    routes: dict[str, list[str]] = {}
    by_key: dict[str, list[Any]] = {}
    for event in events:
        if event.type in CORRECTIONS:
            keys = routes.get(event.data.fact_id, [])
        else:
            keys = routes[event.id] = keys_for(event)
        for key in keys:
            by_key.setdefault(key, []).append(event)
    return [record(None, mine) for mine in by_key.values()]


@pytest.mark.parametrize("projection", PROJECTIONS, ids=lambda p: p.name)
def test_settled_documents_render_as_the_pydantic_dump(projection: Projection) -> None:
    """Both folds: the validated one, and the rebuild's from plain dicts, whose states are
    assembled without validation (`trusted_record`), in whatever field order the builders
    wrote: the bytes must still be the reference's."""
    assert projection.raw_keys_for is not None and projection.record_raw is not None
    events = _events()
    raw = [RawEvent.of(orjson.loads(e.model_dump_json())) for e in events]
    states = [
        *_settled(events, projection.keys_for, projection.record_all),
        *_settled(raw, projection.raw_keys_for, projection.record_raw),
    ]
    assert len(states) >= 4
    assert any(getattr(s, "corrections", ()) for s in states)
    for state in map(projection.settle, states):
        assert document_json(state) == state.model_dump_json().encode()


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
