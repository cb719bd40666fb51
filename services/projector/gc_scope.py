"""Keep the cyclic collector off a rebuild's held states while it grows them.

A catch-up keeps every document's state decoded, so nearly every object a batch builds
survives it, and the collector walks each of them again when it reaches the older
generations (~10% of a 100k-event rebuild's CPU, more at 1M where full collections walk the
whole read model). They are freed by reference counting, not by the collector, so after
each batch what is alive is frozen (out of the collector's sight); at the end everything is
unfrozen, collected once and frozen again, as `gc_tuning.tune_gc` froze start-up: cyclic
garbage made meanwhile waits at most until then.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable, Iterator


@contextlib.contextmanager
def frozen_between_batches() -> Iterator[Callable[[], None]]:
    """Yields what to call after each batch; restores the collector's view on exit."""
    froze = False

    def batch_done() -> None:
        nonlocal froze
        if gc.isenabled():  # a caller that turned the collector off keeps it off
            gc.freeze()
            froze = True

    try:
        yield batch_done
    finally:
        if froze:
            gc.unfreeze()
            gc.collect()
            gc.freeze()
