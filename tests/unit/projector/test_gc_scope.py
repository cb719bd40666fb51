"""A catch-up pauses the cyclic collector and gives cyclic garbage back at its end."""

from __future__ import annotations

import gc
import weakref

from services.projector.gc_scope import collector_paused


class _Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the collector frees it


def test_cycles_made_during_a_catch_up_are_collected_at_its_end() -> None:
    with collector_paused():
        assert not gc.isenabled()
        node = _Node()
        dead = weakref.ref(node)
        del node
        assert dead() is not None  # waits for the end
    assert gc.isenabled()
    assert dead() is None


def test_a_disabled_collector_stays_disabled() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
