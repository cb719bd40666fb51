"""The worker's Redis store: the commands a feed batch issues at once share one round trip.

A feed batch folds every (feed partition, projection) pair concurrently; each asks the
aliases, its documents, its fact routes and then commits (a Lua script). Sent one by one, a
batch costs ~20 round trips on pooled connections, and on the worker's busy loop each one is
a socket write and a wake-up that waits for the GIL behind faust's consumer thread (py-spy,
issue 13 item 4: Redis calls were ~38% of the worker's main-thread samples). Here the
commands issued in the same event-loop turn go to Redis in one non-transactional pipeline,
each with its own answer or error: every command is the same as the plain store's (the
commit stays one atomic script guarded by its checkpoint), only their transport differs.
"""

from __future__ import annotations

import asyncio
from typing import Any

import redis.asyncio as aioredis
from redis.exceptions import NoScriptError

from services.readmodels.redis_store import RedisReadModelStore

_Pending = list[tuple[tuple[Any, ...], "asyncio.Future[Any]"]]


class AutoPipeline:
    """`await pipe("GET", key)`: sent with whatever else was asked in the same loop turn."""

    def __init__(self, client: aioredis.Redis) -> None:
        self._client = client
        self._pending: _Pending = []
        self._flushes: set[asyncio.Task[None]] = set()  # held: the loop keeps weak refs

    async def __call__(self, *command: Any) -> Any:
        loop = asyncio.get_running_loop()
        future: asyncio.Future[Any] = loop.create_future()
        self._pending.append((command, future))
        if len(self._pending) == 1:  # the first of this turn: flush on the next turn
            task = loop.create_task(self._flush())
            self._flushes.add(task)
            task.add_done_callback(self._flushes.discard)
        return await future

    async def _flush(self) -> None:
        batch, self._pending = self._pending, []
        try:
            async with self._client.pipeline(transaction=False) as pipe:
                for command, _ in batch:
                    pipe.execute_command(*command)
                results = await pipe.execute(raise_on_error=False)
        except BaseException as exc:  # the connection failed: every caller sees it
            for _, future in batch:
                if not future.done():
                    future.set_exception(exc)
            if not isinstance(exc, Exception):
                raise
            return
        for (_, future), result in zip(batch, results, strict=True):
            if future.done():  # its caller gave up (timeout, cancelled)
                continue
            if isinstance(result, Exception):
                future.set_exception(result)
            else:
                future.set_result(result)


class PipelinedRedisStore(RedisReadModelStore):
    """The Redis store whose worker-path calls (aliases, documents, routes, checkpoints,
    commits: the plain store's `_command` and `_run_commit`) are auto-pipelined; everything
    else is the plain store's."""

    def __init__(self, client: aioredis.Redis, *args: Any, **kwargs: Any) -> None:
        super().__init__(client, *args, **kwargs)
        self._auto = AutoPipeline(client)

    async def _command(self, *command: Any) -> Any:
        return await self._auto(*command)

    async def _run_commit(self, keys: list[str], args: list[str | int | bytes]) -> object:
        try:
            return await self._auto("EVALSHA", self._commit.sha, len(keys), *keys, *args)
        except NoScriptError:  # a Redis that lost its scripts: load it the plain way
            return await self._commit(keys=keys, args=args)
