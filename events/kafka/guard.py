"""Name the broker when a call of the Kafka log fails.

aiokafka retries for up to `request_timeout_ms` (30 s) while the broker is gone; a caller
serving HTTP needs an answer sooner. So every wait on the broker is bounded by
`operation_timeout_s` *without progress* (the reader and the writer do that; a long read
that keeps receiving records is not cut), and any client error or such timeout becomes
DependencyUnavailable("kafka").
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Coroutine
from typing import Any, Concatenate, ParamSpec, TypeVar

from aiokafka.errors import KafkaError

from events.dependency import DependencyUnavailable

P = ParamSpec("P")
R = TypeVar("R")
S = TypeVar("S")
BROKER = "kafka"
FAILURES = (KafkaError, OSError, TimeoutError)


def describe(exc: BaseException) -> str:
    if isinstance(exc, TimeoutError) and not str(exc):
        return "no answer in time"
    return f"{type(exc).__name__}: {exc}"[:300]


def translated(
    method: Callable[Concatenate[S, P], Coroutine[Any, Any, R]],
) -> Callable[Concatenate[S, P], Coroutine[Any, Any, R]]:
    @functools.wraps(method)
    async def call(self: S, /, *args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return await method(self, *args, **kwargs)
        except FAILURES as exc:
            raise DependencyUnavailable(BROKER, describe(exc)) from exc

    return call
