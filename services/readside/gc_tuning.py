"""Process-wide tuning for the long-running commands; applied by entry points, never at import."""

from __future__ import annotations

import gc
import threading
from typing import Any

RECLAIM_EVERY_S = 600.0  # how long cyclic garbage among frozen objects may wait (default)


class SurvivorFreezer:
    """A `gc.callbacks` hook: whatever survives a collection is moved out of the collector's
    reach (`gc.freeze`), so each collection walks only what was allocated since the last one.

    A serving process keeps its read models' documents, caches and connections alive; with
    thresholds that keep collections rare, a young generation grew to hundreds of thousands
    of survivors and one collection of it took 170–240 ms: the whole tail of append → visible
    on the embedded path (bench/bench_freshness.py). Frozen objects are still freed by
    reference counting; only a garbage cycle whose objects were alive at a collection waits,
    for the reclaim: every `reclaim_every_s` a thread unfreezes everything and runs one full
    collection (one pause of the old length), and freezing resumes after it.
    """

    def __init__(self, reclaim_every_s: float) -> None:
        self.reclaim_every_s = reclaim_every_s
        self.reclaims = 0
        self._reclaiming = threading.Event()
        self._stopped = threading.Event()

    def __call__(self, phase: str, info: dict[str, Any]) -> None:
        if phase == "stop" and not self._reclaiming.is_set():
            gc.freeze()

    def reclaim(self) -> int:
        """Unfreeze and collect everything once; the number of unreachable objects found."""
        self._reclaiming.set()
        try:
            gc.unfreeze()
            found = gc.collect()
        finally:
            self._reclaiming.clear()
            gc.freeze()
        self.reclaims += 1
        return found

    def start_reclaiming(self) -> None:
        """Reclaim every `reclaim_every_s` on a daemon thread until `stop`."""

        def loop() -> None:
            while not self._stopped.wait(self.reclaim_every_s):
                if gc.isenabled():  # a catch-up turns it off and collects at its end
                    self.reclaim()

        threading.Thread(target=loop, name="gc-reclaim", daemon=True).start()

    def stop(self) -> None:
        self._stopped.set()


def tune_gc(reclaim_every_s: float = RECLAIM_EVERY_S) -> SurvivorFreezer:
    """Freeze what start-up built, run the cyclic collector less often, and keep freezing
    what survives (`SurvivorFreezer`).

    Projecting keeps tens of thousands of decoded events and parsed documents alive, and the
    default thresholds make the collector walk them again and again: in a bulk replay of 20k
    events, 10 full collections took 2.6 s of 7 s; with these thresholds one took 35 ms.
    Our objects are freed by reference counting; only rare cycles wait longer."""
    gc.freeze()
    gc.set_threshold(7_000, 20, 20)
    for old in [c for c in gc.callbacks if isinstance(c, SurvivorFreezer)]:
        old.stop()
        gc.callbacks.remove(old)
    freezer = SurvivorFreezer(reclaim_every_s)
    gc.callbacks.append(freezer)
    freezer.start_reclaiming()
    return freezer
