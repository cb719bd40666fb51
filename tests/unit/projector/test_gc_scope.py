"""A catch-up freezes what it holds between batches and gives cyclic garbage back at the end."""

from __future__ import annotations

import gc
import weakref

from services.projector.gc_scope import frozen_between_batches


class _Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the collector frees it


def test_cycles_made_during_a_catch_up_are_collected_at_its_end() -> None:
    with frozen_between_batches() as batch_done:
        node = _Node()
        dead = weakref.ref(node)
        batch_done()
        assert gc.get_freeze_count() > 0
        del node
        gc.collect()
        assert dead() is not None  # frozen: out of the collector's sight meanwhile
    assert dead() is None


def test_a_disabled_collector_stays_disabled() -> None:
    gc.disable()
    try:
        with frozen_between_batches() as batch_done:
            batch_done()
        assert not gc.isenabled()
    finally:
        gc.enable()
