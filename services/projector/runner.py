"""Apply events from the log to the read-model store, exactly once per projection.

Each batch is loaded, folded with the pure reducers and committed atomically with the
checkpoint; a concurrent or repeated batch finds the checkpoint moved and is re-read. A
checkpoint *behind* the batch (the store was emptied: FLUSHALL, a new Redis) is never
skipped over: the projector starts again from the store's checkpoint, i.e. rebuilds.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from contracts.envelope import Event
from events.dependency import DependencyUnavailable
from events.port import EventLog
from events.subscription import PAGE
from services.observability.telemetry import NullTelemetry, Telemetry
from services.projections.registry import PROJECTIONS, Projection
from services.projector.gc_scope import collector_paused
from services.projector.reading import rebuild_kinds, replay_for_rebuild
from services.projector.working_set import PARTITION, CheckpointBehind, WorkingSet
from services.readmodels.namespaces import live_ns
from services.readmodels.port import AliasMoved, CheckpointMoved, ReadModelStore

__all__ = ["PARTITION", "CheckpointBehind", "Projector", "apply_events", "catch_up", "reached"]

log = logging.getLogger(__name__)
# A catch-up this far behind the log is a rebuild: reads answer "rebuilding" until done.
REBUILD_MIN_LAG = 1000
RETRY_S = 1.0  # back-off while a dependency is gone
WATCH_S = 0.5  # how often the projector checks its store still holds what it applied


@dataclass
class Rebuilding:
    """Progress of a rebuild: from `start` to `target` (log positions), now at `position`."""

    start: int
    position: int
    target: int

    @property
    def percent(self) -> float:
        span = self.target - self.start
        return 100.0 if span <= 0 else round(100 * (self.position - self.start) / span, 1)


async def apply_events(working: WorkingSet, events: Sequence[Event]) -> int:
    """Apply events (ascending positions) not yet applied and commit them at once; returns
    how many were new."""
    while True:
        try:
            applied = await working.fold(events)
            await working.flush()
            return applied
        except CheckpointMoved:
            log.info("checkpoint of %s moved under us; re-reading", working.projection.slot)


async def catch_up(
    log_: EventLog,
    store: ReadModelStore,
    ns: str | None = None,
    projections: Sequence[Projection] = PROJECTIONS,
    batch: int = 10_000,
    upto: int | None = None,
    on_applied: Callable[[str, int], None] | None = None,
    on_position: Callable[[int, int], None] | None = None,
    max_held_claims: int | None = None,
) -> int:
    """Apply everything in the log (up to `upto`) to each projection, in namespace `ns`
    (None: each projection's live namespace); returns the position all have reached.
    Documents stay decoded between batches and are committed once a commit is due
    (`WorkingSet.flush_due`), and at the end.
    `on_applied(projection, n)` hears how many events each batch applied;
    `on_position(position, target)` hears how far the replay got (for progress bars);
    `max_held_claims` bounds what stays decoded (None: `WorkingSet`'s default)."""
    with collector_paused():  # the held states are freed by reference counting
        return await _catch_up(
            log_, store, ns, projections, batch, upto, on_applied, on_position, max_held_claims
        )


async def _catch_up(
    log_: EventLog,
    store: ReadModelStore,
    ns: str | None,
    projections: Sequence[Projection],
    batch: int,
    upto: int | None,
    on_applied: Callable[[str, int], None] | None,
    on_position: Callable[[int, int], None] | None,
    max_held_claims: int | None,
) -> int:
    sets = [
        WorkingSet(store, ns or await live_ns(store, p.name), p, max_held_claims)
        for p in projections
    ]
    # one read of the log for all projections; each skips what it already applied
    position = min([await w.load_checkpoint() for w in sets], default=0)
    target = upto if upto is not None else (await log_.head() if on_position else None)
    kinds = rebuild_kinds(projections)
    raw = all(p.record_raw is not None for p in projections)
    while upto is None or position < upto:
        limit = batch if upto is None else min(batch, upto - position)
        after = position
        events, position = await replay_for_rebuild(log_, kinds, after, limit, raw)
        if position == after:
            break
        for working in sets:
            applied = await working.fold(events, (after, position))
            if on_applied is not None:
                on_applied(working.projection.name, applied)
            if working.flush_due() and not await _flushed(working):
                position = min(position, working.applied)  # someone else moved it: re-read
        if on_position is not None and target is not None:
            on_position(position, max(target, position))
    for working in sets:
        while not await _flushed(working) and working.applied < position:
            # lost a race to another writer: fold again what the store still lacks
            limit = min(batch, position - working.applied)
            after = working.applied
            events, last = await replay_for_rebuild(log_, kinds, after, limit, raw)
            await working.fold(events, (after, last))
    return min([w.committed for w in sets], default=0)


async def _flushed(working: WorkingSet) -> bool:
    try:
        await working.flush()
        return True
    except CheckpointMoved:
        log.info("checkpoint of %s moved under us; re-reading", working.projection.slot)
        await working.load_checkpoint()
        return False


async def reached(store: ReadModelStore, projections: Sequence[Projection] = PROJECTIONS) -> int:
    """The position every projection's live namespace has reached (its checkpoint)."""
    positions = []
    for projection in projections:
        ns = await live_ns(store, projection.name)
        positions.append((await store.checkpoint(ns, projection.slot)).get(PARTITION, 0))
    return min(positions, default=0)


class Projector:
    """Runs in-process beside the API: follows the log and keeps the live read models.

    `lock` is held while a batch is applied, so a blue-green switch can happen between
    batches; the live namespace is resolved for every batch.
    """

    def __init__(
        self,
        log_: EventLog,
        store: ReadModelStore,
        telemetry: Telemetry | None = None,
        max_held_claims: int | None = None,
    ) -> None:
        self._log, self._store = log_, store
        self._max_held_claims = max_held_claims  # of its catch-up (None: the default)
        self._telemetry: Telemetry = telemetry or NullTelemetry()
        self.position = 0
        self.lock = asyncio.Lock()
        self.rebuilding: Rebuilding | None = None  # set while far behind (reads say so)
        self.waiting_for: str | None = None  # the dependency it waits for, if any
        self._caught_up = False
        self._task: asyncio.Task[None] | None = None
        self._names: list[str] | None = None  # the live namespaces, checked by each commit

    async def lag(self) -> int:
        return max(0, await self._log.head() - self.position)

    @property
    def caught_up(self) -> bool:
        """True once the catch-up after a start (or after lost read models) has finished."""
        return self._caught_up

    async def run(self) -> None:
        """Follow the log for ever: a lost dependency is waited for, an emptied store is
        rebuilt from the log (no restart, no manual step)."""
        while True:
            try:
                await self._follow_and_watch()
            except CheckpointBehind as exc:
                log.warning("read models lost (%s): rebuilding from the log", exc)
            except DependencyUnavailable as exc:
                self.waiting_for = exc.dependency
                log.warning("projector waits: %s", exc)
                await asyncio.sleep(RETRY_S)
            except Exception:  # a bug must not stop the read models for good: retry
                log.exception("projector failed; retrying")
                await asyncio.sleep(RETRY_S)

    async def _follow_and_watch(self) -> None:
        self._caught_up = False
        tasks = {asyncio.create_task(self._follow()), asyncio.create_task(self._watch())}
        try:
            done, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
        for task in done:
            task.result()  # raises what stopped it

    async def _watch(self) -> None:
        """Notice a store emptied while nothing is appended (FLUSHALL, a new Redis): the
        follower would not, as it only commits when events arrive."""
        while True:
            await asyncio.sleep(WATCH_S)
            # the position first: a batch committed while the checkpoints are read moves it
            # past what they said, and would look like a loss (a needless rebuild)
            position = self.position
            if self._caught_up and await reached(self._store) < position:
                raise CheckpointBehind(f"the store is behind position {position}")

    async def _catch_up(self) -> None:
        def progress(position: int, target: int) -> None:
            if self.rebuilding is not None:
                self.rebuilding.position, self.rebuilding.target = position, target

        async with self.lock:
            done = await reached(self._store)
            head = await self._log.head()
            self.waiting_for = None
            if head - done >= REBUILD_MIN_LAG:
                self.rebuilding = Rebuilding(done, done, head)
            try:
                self.position = await catch_up(
                    self._log,
                    self._store,
                    on_applied=self._telemetry.projection_applied,
                    on_position=progress,
                    max_held_claims=self._max_held_claims,
                )
            finally:
                self.rebuilding = None
        self._caught_up = True

    async def _follow(self) -> None:
        await self._catch_up()
        self._names = None  # resolved again after every catch-up
        # decoded documents kept between batches, per (namespace, projection)
        sets: dict[tuple[str, str], WorkingSet] = {}
        pending: list[Event] = []
        # pages decoded without validation, as a rebuild: validated on append, the chain
        # proves them unaltered; a full page means more is there: apply in one batch
        async for page in self._log.follow_pages(after=self.position):
            pending += page
            if len(page) >= PAGE and len(pending) < 2000:
                continue
            async with self.lock:
                await self._apply(sets, pending)
            self.position = pending[-1].position or self.position
            pending = []

    async def _apply(self, sets: dict[tuple[str, str], WorkingSet], events: list[Event]) -> None:
        """One batch into every projection. The live namespaces are resolved once: each
        commit checks its alias still names them (in the script, no GET per batch); after
        a switch the batch is applied again where the aliases now point."""
        while True:
            if self._names is None:  # rare: a start, a catch-up or a switch
                self._names = [await live_ns(self._store, p.name) for p in PROJECTIONS]
            try:
                return await self._apply_in(sets, self._names, events)
            except AliasMoved:
                log.info("a live alias moved; applying the batch where it points now")
                self._names = None
                sets.clear()

    async def _apply_in(
        self, sets: dict[tuple[str, str], WorkingSet], names: list[str], events: list[Event]
    ) -> None:
        """The projections side by side, so their Redis round trips overlap."""
        workings = []
        for ns, projection in zip(names, PROJECTIONS, strict=True):
            working = sets.get((ns, projection.name))
            if working is None:
                if len(sets) >= 2 * len(PROJECTIONS):  # namespaces switched
                    sets.clear()
                working = sets[ns, projection.name] = WorkingSet(
                    self._store, ns, projection, alias=projection.name, track_keys=True
                )
            workings.append(working)
        outcomes = await asyncio.gather(
            *(apply_events(w, events) for w in workings), return_exceptions=True
        )
        for working, outcome in zip(workings, outcomes, strict=True):
            if isinstance(outcome, BaseException):
                raise outcome  # both have finished: none is left writing
            self._telemetry.projection_applied(working.projection.name, outcome)

    def start(self) -> None:
        self._task = asyncio.create_task(self.run(), name="projector")

    async def wait_until(self, position: int, timeout: float = 10.0) -> None:
        async with asyncio.timeout(timeout):
            while self.position < position:
                await asyncio.sleep(0.01)

    async def stop(self) -> None:
        if self._task is None:
            return
        while not self._task.done():  # repeat: a cancellation can be absorbed by a library
            self._task.cancel()
            await asyncio.wait({self._task}, timeout=1.0)
        with contextlib.suppress(asyncio.CancelledError):
            await self._task
