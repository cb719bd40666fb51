"""Shared by the property tests of incremental settles: a random history with corrections,
folded batch by batch, each incremental settle compared with a settle from scratch."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import Any, TypeVar

from hypothesis import strategies as st
from pydantic import BaseModel

from contracts.envelope import Event
from tests.support.builders import retraction, supersession

State = TypeVar("State", bound=BaseModel)
BATCH_SIZES = st.lists(st.integers(1, 6), min_size=1, max_size=12)  # how a history is cut


def corrections(max_size: int) -> st.SearchStrategy[list[tuple[int, int, bool]]]:
    """(target, other, supersede) triples for `with_corrections`."""
    return st.lists(
        st.tuples(st.integers(0, 99), st.integers(0, 99), st.booleans()), max_size=max_size
    )


def with_corrections(facts: Sequence[Event], fixes: Sequence[tuple[int, int, bool]]) -> list[Event]:
    """`facts` with a retraction or supersession (`supersede`) of fact `target` inserted
    after it for each (target, other, supersede): corrections that land mid-history."""
    out = list(facts)
    for at, (target, other, supersede) in enumerate(fixes):
        fact = facts[target % len(facts)]
        fix = supersession(fact, facts[other % len(facts)]) if supersede else retraction(fact)
        out.insert(min(len(out), (target % len(facts)) + 1 + at), fix)
    return out


def assert_settles_equal_scratch(
    events: list[Event],
    first_kinds: Collection[str],
    sizes: Sequence[int],
    rnd: Any,
    record_all: Callable[[State | None, list[Event]], State],
    from_scratch: Callable[[State], State],
    incremental: Callable[[State], State],
) -> None:
    """Folds `events` (shuffled half the time: redeliveries, late reports) in batches of
    `sizes` and asserts after each batch that the incremental settle dumps the same bytes
    as `from_scratch`. A document starts with one of `first_kinds` (corrections need it)."""
    if rnd.random() < 0.5:
        rnd.shuffle(events)
    state: State | None = None
    at = 0
    for size in list(sizes) * 40:
        if at >= len(events):
            break
        batch = [e for e in events[at : at + size] if state is not None or e.type in first_kinds]
        at += size
        if not batch:
            continue
        state = record_all(state, batch)
        expected = from_scratch(state).model_dump_json()
        state = incremental(state)
        assert state.model_dump_json() == expected
