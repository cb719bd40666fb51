"""The serving processes' collector schedule (services/readside/gc_tuning.py).

Each test runs in a fresh interpreter: `tune_gc` changes process-wide collector state (it
freezes everything alive), which must not leak into the rest of the test session."""

from __future__ import annotations

import subprocess
import sys
import textwrap

PRELUDE = """
import gc, time, weakref
from services.readside.gc_tuning import tune_gc

class Node:
    pass

def cycle():
    a, b = Node(), Node()
    a.other, b.other = b, a
    return a

def tracked(obj):
    return any(o is obj for o in gc.get_objects())  # the permanent generation is not listed
"""


def _run(body: str) -> str:
    script = PRELUDE + textwrap.dedent(body)
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_what_survives_a_collection_is_frozen_and_no_longer_walked() -> None:
    out = _run(
        """
        tune_gc(reclaim_every_s=3600)
        survivor = [Node() for _ in range(10)]
        assert tracked(survivor)
        gc.collect(0)
        print(tracked(survivor), gc.get_freeze_count() > 0)
        """
    )
    assert out == "False True"


def test_young_garbage_cycles_are_still_collected() -> None:
    out = _run(
        """
        tune_gc(reclaim_every_s=3600)
        gone = weakref.ref(cycle())
        gc.collect(0)
        print(gone() is None)
        """
    )
    assert out == "True"


def test_a_frozen_cycle_that_becomes_garbage_is_collected_by_the_reclaim() -> None:
    out = _run(
        """
        freezer = tune_gc(reclaim_every_s=3600)
        held = cycle()
        gc.collect(0)  # it survives, so it is frozen
        gone = weakref.ref(held)
        del held
        gc.collect()
        waited = gone() is not None  # frozen: no collection walks it
        found = freezer.reclaim()
        print(waited, gone() is None, found >= 2, gc.get_freeze_count() > 0)
        """
    )
    assert out == "True True True True"


def test_the_reclaim_runs_on_its_schedule_but_not_while_the_collector_is_off() -> None:
    out = _run(
        """
        freezer = tune_gc(reclaim_every_s=0.05)
        time.sleep(0.5)
        on = freezer.reclaims
        gc.disable()  # a catch-up (services/projector/gc_scope.py) keeps it off
        time.sleep(0.2)
        before = freezer.reclaims
        time.sleep(0.5)
        print(on >= 2, freezer.reclaims == before)
        """
    )
    assert out == "True True"


def test_tuning_twice_keeps_one_hook() -> None:
    out = _run(
        """
        from services.readside.gc_tuning import SurvivorFreezer
        tune_gc(reclaim_every_s=3600)
        tune_gc(reclaim_every_s=3600)
        print(sum(isinstance(c, SurvivorFreezer) for c in gc.callbacks))
        """
    )
    assert out == "1"
