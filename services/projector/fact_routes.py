"""Which documents each fact went to, so its correction goes to the same ones.

A working set routes each batch's facts to document keys (`keys_for`) and remembers the
routes until its next commit stores them beside the documents; a retraction or supersession
is routed where its fact went, from this batch's routes or from the store's.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from services.projections.registry import CORRECTIONS
from services.readmodels.port import ReadModelStore

Buckets = dict[str, list[Any]]  # document key -> its events of the batch, in order


class FactRoutes:
    def __init__(
        self,
        store: ReadModelStore,
        ns: str,
        slot: str,
        route_id: Callable[[str], str] | None = None,
    ) -> None:
        """`route_id`: how a fact's route is stored (the workers scope them per partition)."""
        self._store, self._ns, self._slot, self._route_id = store, ns, slot, route_id
        self.pending: dict[str, list[str]] = {}  # fact id -> keys, not committed yet
        self._key_lists: dict[tuple[str, ...], list[str]] = {}  # their values, shared

    def clear(self) -> None:
        """After a commit (they are stored) or when the held states are forgotten."""
        self.pending, self._key_lists = {}, {}

    async def route(self, events: list[Any], keys_for: Callable[[Any], list[str]]) -> Buckets:
        by_key: Buckets = {}
        pending, key_lists = self.pending, self._key_lists
        stored: dict[str, list[str]] | None = None  # asked once, at the first correction
        for event in events:
            if event.type in CORRECTIONS:
                if stored is None:  # most batches have none: no round trip for them
                    corrected = {e.data.fact_id for e in events if e.type in CORRECTIONS}
                    stored = await self._stored(corrected - pending.keys())
                fact_id = event.data.fact_id
                keys = pending.get(fact_id) or stored.get(fact_id, [])
            else:
                keys = keys_for(event)
                if not keys:
                    continue
                keys = key_lists.setdefault(tuple(keys), keys)  # one list per document
                pending[event.id] = keys
            for key in keys:
                bucket = by_key.get(key)
                if bucket is None:
                    by_key[key] = [event]
                else:
                    bucket.append(event)
        return by_key

    async def _stored(self, fact_ids: set[str]) -> dict[str, list[str]]:
        if self._route_id is None:
            return await self._store.routes(self._ns, self._slot, fact_ids)
        ids = {self._route_id(f): f for f in fact_ids}
        raw = await self._store.routes(self._ns, self._slot, ids)
        return {ids[r]: keys for r, keys in raw.items()}

    def stored_form(self) -> dict[str, list[str]]:
        """The pending routes as the commit stores them."""
        if self._route_id is None:
            return self.pending
        return {self._route_id(f): keys for f, keys in self.pending.items()}
