"""One projection's documents in one namespace, kept decoded between batches.

A batch records its events into the states held here (the pure `record_all`); `flush`
settles and dumps only the documents that changed and commits them with the checkpoint in
one atomic step. States stay decoded after a commit, so the next batch parses nothing it
wrote itself; they are trusted only while the store's checkpoint is the one we committed
(anyone else's commit, a FLUSHALL or a dropped namespace moves it, and we reload).

Why: a document holds every claim of its group or territory, so parsing, settling and
dumping it per batch costs its whole history each time; `flush_due` keeps a catch-up's
dump and commit cost per event constant. Territories keep a deriver per held document,
so a live batch derives again only the tail of a territory's history its events touch.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from contracts.envelope import Event
from contracts.model_json import document_json
from services.projections.claims import fact_ids
from services.projections.registry import CORRECTIONS, Projection
from services.projections.trusted_record import RawEvent
from services.projector.fact_routes import FactRoutes
from services.projector.limits import EVICT_TO, MAX_HELD_CLAIMS
from services.readmodels.port import AliasMoved, CheckpointMoved, ReadModelStore

PARTITION = "log"  # the embedded log is one ordered partition
LOAD_CHUNK = 64  # documents per read
CHUNK_BYTES = 16 * 2**20  # a flush writes its documents in chunks of about this size
# A catch-up commits once the events folded since its last commit are COMMIT_FACTOR times
# the claims it must dump: commits fall at positions growing by ~1 + 0.66 * COMMIT_FACTOR,
# so all before the last cost 1 / (ratio - 1) of the last one's dump (0.4x at 4).
COMMIT_FACTOR = 4


class CheckpointBehind(Exception):
    """The store's checkpoint is behind the events at hand: it lost documents (emptied)."""


def _claims(state: Any) -> int:
    return len(getattr(state, "facts", ()))


class WorkingSet:
    def __init__(
        self,
        store: ReadModelStore,
        ns: str,
        projection: Projection,
        max_held_claims: int | None = None,
        *,
        partition: str = PARTITION,
        route_id: Callable[[str], str] | None = None,
        contiguous: bool = True,
        alias: str | None = None,
        track_keys: bool = False,
    ) -> None:
        """`partition`: the checkpoint's name; `route_id`: how a fact's route is stored (the
        workers scope routes per feed partition); `contiguous`: whether the events are every
        position (the log) or a subset (a feed partition's share), which only the former
        can check for a gap; `alias`: commit only while it names `ns` (else AliasMoved);
        `track_keys`: keep the store's keys (read after the checkpoint: keys only grow, so
        all of that checkpoint's are there; trusted as the held states are), so a key it
        lacks (a new territory) is not read: a live batch saves a round trip."""
        self._alias, self._track_keys = alias, track_keys
        self._stored_keys: set[str] | None = None
        self._store, self.ns, self.projection = store, ns, projection
        # the types it records (a projection that names none is asked about every event)
        self._wanted = projection.kinds | CORRECTIONS if projection.kinds else None
        self._partition, self._contiguous = partition, contiguous
        self._max_held = MAX_HELD_CLAIMS if max_held_claims is None else max_held_claims
        self._states: dict[str, Any] = {}
        self._seen: dict[str, set[str]] = {}  # key -> fact ids its held state holds
        self._derivers: dict[str, Any] = {}  # key -> what settled its held state last
        self._dirty: dict[str, list[int]] = {}  # key -> positions applied since the commit
        self._routes = FactRoutes(store, ns, projection.slot, route_id)
        self.committed = -1  # the checkpoint we know the store holds (-1: not read yet)
        self.applied = 0  # folded in memory (>= committed)
        self._since_commit = 0
        self._held = 0  # claims in the held states, kept as they change (was a sum per flush)
        self._touched: dict[str, int] = {}  # key -> the fold that last touched it
        self._folds = 0
        self.hits = self.loads = 0  # documents a fold found held / read back from the store

    @property
    def pending(self) -> bool:
        return self.applied > self.committed

    async def load_checkpoint(self) -> int:
        """Re-read the store's checkpoint; forget everything if it is not ours."""
        stored = (await self._store.checkpoint(self.ns, self.projection.slot)).get(
            self._partition, 0
        )
        if stored != self.committed:
            self._forget()
            self.committed = self.applied = stored
        return stored

    def _put(self, key: str, state: Any) -> None:
        self._held += _claims(state) - _claims(self._states.get(key))
        self._states[key] = state

    def _drop_states(self) -> None:
        for held in (self._states, self._seen, self._derivers, self._touched):
            held.clear()
        self._held = 0

    def _evict(self) -> None:
        """Drop the least recently touched states (all committed) until the rest hold at most
        EVICT_TO of the bound; an event touching one reads it back from the store."""
        keep = int(self._max_held * EVICT_TO)
        for key in sorted(self._touched, key=self._touched.__getitem__):
            if self._held <= keep:
                break
            self._held -= _claims(self._states.pop(key))
            del self._touched[key]
            self._seen.pop(key, None)
            self._derivers.pop(key, None)

    def _forget(self) -> None:
        self._drop_states()
        self._stored_keys = None
        self._dirty, self._since_commit = {}, 0
        self._routes.clear()

    async def fold(
        self, events: Sequence[Event | RawEvent], span: tuple[int, int] | None = None
    ) -> int:
        """Record events (ascending positions) past `applied` into the held states; returns
        how many were new. Nothing is written until `flush`.
        `span` = (after, last): the events are all this projection records of the positions
        after..last, the others left out (a rebuild's read); `applied` moves to `last`.

        The store's checkpoint is read only when not known: the states held since our last
        commit stay trusted, since any other commit (or a FLUSHALL) moves the checkpoint and
        our next commit, guarded by it, fails and forgets them (a live batch saves a round
        trip)."""
        if self.committed < 0:
            await self.load_checkpoint()
        applied, wanted = self.applied, self._wanted
        if span is not None:
            after, last = span
            if last <= applied:
                return 0
            if self._contiguous and after > applied:
                raise CheckpointBehind(f"{self.projection.slot} is at {applied}, read later")
            # the other projections' events route nowhere here: one pass leaves them out
            recorded = [
                e
                for e in events
                if (wanted is None or e.type in wanted) and (e.position or 0) > applied
            ]
            new = last - applied  # a span counts its positions: commits fall as if all were read
        else:
            todo = [e for e in events if (e.position or 0) > applied]
            if not todo:
                return 0
            last = todo[-1].position or applied
            if self._contiguous and (todo[0].position or 0) > applied + 1:
                raise CheckpointBehind(
                    f"{self.projection.slot} is at {applied}, events start later"
                )
            recorded = todo if wanted is None else [e for e in todo if e.type in wanted]
            new = len(todo)
        raw = bool(recorded) and isinstance(recorded[0], RawEvent)  # a rebuild's plain dicts
        record = self.projection.record_raw if raw else self.projection.record_all
        assert record is not None
        keys_for = self.projection.raw_keys_for if raw else self.projection.keys_for
        assert keys_for is not None
        by_key = await self._routes.route(recorded, keys_for)
        await self._load(by_key.keys())
        self._folds += 1
        for key, mine in by_key.items():
            state = self._states.get(key)
            seen = self._seen.get(key)
            if seen is None:
                seen = self._seen[key] = fact_ids(state)
            try:
                self._put(key, record(state, mine, seen))
            except Exception:
                del self._seen[key]  # it may hold ids the state did not take
                raise
            self._dirty.setdefault(key, []).extend(e.position or 0 for e in mine)
            self._touched[key] = self._folds
        self._since_commit += new
        self.applied = last
        return new

    async def _load(self, keys: Any) -> None:
        missing = [k for k in keys if k not in self._states]
        self.loads += len(missing)
        self.hits += len(keys) - len(missing)
        if self._track_keys and missing:
            if self._stored_keys is None:  # fold read the checkpoint first
                self._stored_keys = set(await self._store.keys(self.ns, self.projection.slot))
            missing = [k for k in missing if k in self._stored_keys]
        parse = self.projection.state_type.model_validate_json
        for start in range(0, len(missing), LOAD_CHUNK):  # documents can be large
            chunk = missing[start : start + LOAD_CHUNK]
            docs = await self._store.get_many(self.ns, self.projection.slot, chunk)
            for key, doc in docs.items():
                self._put(key, parse(doc))
                self._seen.pop(key, None)
                self._derivers.pop(key, None)

    def held_claims(self) -> int:
        return self._held

    def flush_due(self) -> bool:
        """Whether a commit now costs little per event folded (the claims to dump are at
        most 1 / COMMIT_FACTOR of the events folded since the last commit), or the held
        states outgrew their bound."""
        if not self.pending:
            return False
        dirty = sum(_claims(self._states[k]) for k in self._dirty)
        return self._since_commit >= COMMIT_FACTOR * dirty or self.held_claims() > self._max_held

    async def flush(self) -> None:
        """Settle and commit what changed, with the checkpoint (guarded: CheckpointMoved
        when someone else committed first; everything held is then forgotten).

        Large flushes are written in chunks of about CHUNK_BYTES so that only one chunk's
        JSON is in memory: every chunk but the last leaves the checkpoint where it is (a
        crash in between leaves documents ahead of it, which a replay re-applies to
        idempotently), the last one moves it."""
        if not self.pending:
            return
        try:
            await self._write_chunks()
        except (CheckpointMoved, AliasMoved):
            self._forget()
            self.committed = -1
            raise
        self.committed = self.applied
        if self._stored_keys is not None:
            self._stored_keys.update(self._dirty)
        self._dirty, self._since_commit = {}, 0
        self._routes.clear()
        if self.held_claims() > self._max_held:
            self._evict()

    def _settle(self, key: str) -> Any:
        make = self.projection.deriver
        if make is None:
            return self.projection.settle(self._states[key])
        deriver = self._derivers.get(key)
        if deriver is None:
            deriver = self._derivers[key] = make()
        return deriver.settle(self._states[key])

    async def _write_chunks(self) -> None:
        keys: list[str | None] = [*self._dirty] or [None]  # None: only the checkpoint moves
        docs: dict[str, bytes] = {}
        size = 0
        for i, key in enumerate(keys):
            if key is not None:
                state = self._settle(key)
                self._put(key, state)
                docs[key] = document_json(state)
                size += len(docs[key])
            last = i == len(keys) - 1
            if size >= CHUNK_BYTES or last:
                await self._store.commit(
                    self.ns,
                    self.projection.slot,
                    docs=docs,
                    routes=self._routes.stored_form() if last else {},
                    partition=self._partition,
                    expected=self.committed,
                    position=self.applied if last else self.committed,
                    history={k: self._dirty[k] for k in docs},
                    alias=self._alias,
                )
                docs, size = {}, 0
