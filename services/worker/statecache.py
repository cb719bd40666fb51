"""Parsed read-model states by their exact JSON, so a batch does not re-parse the documents
the previous batch of the same partition just wrote (the main cost of small batches).

Correct by construction: a hit returns the state whose dump IS that JSON, and states are
immutable (reducers return copies). Used through `cached_projection`, which wraps the
projection's state type and reducer; the shared fold code is unchanged.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from typing import Any, cast

from pydantic import BaseModel

from contracts.envelope import Event
from services.projections.registry import Projection

MAX_STATES = 2_000  # documents are large (every claim): bound the memory, not just the count


class StateCache:
    def __init__(self, max_states: int = MAX_STATES) -> None:
        self._by_json: OrderedDict[str, BaseModel] = OrderedDict()
        self._max = max_states
        self.latest: dict[str, BaseModel] = {}  # doc key -> last evolved state, this fold
        # (namespace, slot, checkpoint name) -> the position this worker committed there last
        self.checkpoints: dict[tuple[str, str, str], int] = {}

    def seed(self, changed: dict[str, str]) -> None:
        """After a fold: remember the states behind the documents it wrote."""
        for key, raw in changed.items():
            state = self.latest.get(key)
            if state is not None:
                self.put(raw, state)
        self.latest.clear()

    def get(self, raw: str) -> BaseModel | None:
        state = self._by_json.get(raw)
        if state is not None:
            self._by_json.move_to_end(raw)
        return state

    def put(self, raw: str, state: BaseModel) -> None:
        self._by_json[raw] = state
        self._by_json.move_to_end(raw)
        while len(self._by_json) > self._max:
            self._by_json.popitem(last=False)


class _CachingStateType:
    """Stands in for the projection's state type inside `fold` (which only parses JSON)."""

    def __init__(self, state_type: type[BaseModel], cache: StateCache) -> None:
        self._type, self._cache = state_type, cache

    def model_validate_json(self, raw: str | bytes) -> BaseModel:
        text = raw if isinstance(raw, str) else raw.decode()
        return self._cache.get(text) or self._type.model_validate_json(text)


def cached_projection(projection: Projection, cache: StateCache) -> Projection:
    """The projection with state parsing served from `cache` and evolved states recorded;
    call `cache.seed(changed)` with the fold's output documents."""

    def remember(new: Any) -> Any:
        key = getattr(new, "key", None)  # states name their document (MeetingGroup, Territory)
        if isinstance(key, str):
            cache.latest[key] = new
        return new

    def evolve(state: Any, event: Event) -> Any:
        return remember(projection.evolve(state, event))

    def settle(state: Any) -> Any:  # fold records events, then settles: the dumped state
        return remember(projection.settle(state))

    state_type = cast(type[BaseModel], _CachingStateType(projection.state_type, cache))
    return replace(projection, state_type=state_type, evolve=evolve, settle=settle)
