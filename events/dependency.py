"""A dependency (the broker, Redis, the disk) that cannot serve right now.

Adapters raise these instead of their client library's errors, so the API can answer 503
(or 507) naming what is missing without knowing any client library.
"""

from __future__ import annotations


class DependencyUnavailable(Exception):
    """`dependency` did not answer (in time): the caller may retry after `retry_after_s`.

    For an append this means "not known to be written": appends are idempotent by event
    id, so the retry either writes it or reports it as a duplicate.
    """

    def __init__(self, dependency: str, reason: str, retry_after_s: int = 5) -> None:
        super().__init__(f"{dependency} is unavailable: {reason}")
        self.dependency = dependency
        self.reason = reason
        self.retry_after_s = retry_after_s


class StorageFull(DependencyUnavailable):
    """The log's disk is full: nothing of the append was written (the transaction rolled back)."""

    def __init__(self, dependency: str, reason: str) -> None:
        super().__init__(dependency, reason, retry_after_s=60)
