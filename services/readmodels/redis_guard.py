"""Bound Redis calls in time and name Redis when it is gone.

redis-py retries a lost connection and, while the server is stopped (not closed), waits on
the socket; a caller serving HTTP needs an answer sooner. Reads get the store's read
timeout, writes (a projector's batch commit can be large) the longer write timeout; a lost
connection or a timeout becomes DependencyUnavailable("redis"). redis-py reconnects by
itself on the next call, so reads come back when the server does.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable, Coroutine
from typing import Any, Concatenate, ParamSpec, Protocol, TypeVar

from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from events.dependency import DependencyUnavailable

P = ParamSpec("P")
R = TypeVar("R")
REDIS = "redis"
FAILURES = (RedisConnectionError, RedisTimeoutError, OSError, TimeoutError)


class Timeouts(Protocol):
    read_timeout_s: float | None
    write_timeout_s: float | None


S = TypeVar("S", bound=Timeouts)


def _describe(exc: BaseException) -> str:
    if isinstance(exc, TimeoutError):  # asyncio's: the server did not answer in time
        return "no answer in time"
    return f"{type(exc).__name__}: {exc}"[:300]


def _guard(
    write: bool,
) -> Callable[
    [Callable[Concatenate[S, P], Coroutine[Any, Any, R]]],
    Callable[Concatenate[S, P], Coroutine[Any, Any, R]],
]:
    def wrap(
        method: Callable[Concatenate[S, P], Coroutine[Any, Any, R]],
    ) -> Callable[Concatenate[S, P], Coroutine[Any, Any, R]]:
        @functools.wraps(method)
        async def call(self: S, /, *args: P.args, **kwargs: P.kwargs) -> R:
            limit = self.write_timeout_s if write else self.read_timeout_s
            try:
                async with asyncio.timeout(limit):
                    return await method(self, *args, **kwargs)
            except FAILURES as exc:
                raise DependencyUnavailable(REDIS, _describe(exc)) from exc

        return call

    return wrap


reads = _guard(write=False)
writes = _guard(write=True)
