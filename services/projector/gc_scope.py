"""Keep the cyclic collector off while a catch-up runs.

A catch-up keeps every document's state decoded, so nearly every object a batch builds
survives it, and the collector walked each of them once or more on its way to the old
generation (~15% of a 100k-event rebuild's CPU; at 1M, full collections walk the whole
read model). They are freed by reference counting, not by the collector, so it is off for
the catch-up and one collection runs at its end: cyclic garbage made meanwhile (by the
catch-up or, in the API process, by requests served beside it) waits at most until then.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """The collector off inside, one collection on the way out (if it was on)."""
    enabled = gc.isenabled()  # a caller that turned it off keeps it off
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
            gc.collect()
