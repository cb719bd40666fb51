"""Reading the projections for the API and CLI: public views of the stored documents,
now or as of a log position (what we knew then), optionally at a world date (valid time)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from events.port import EventLog
from services.projections.registry import MEETINGS, TERRITORIES, Projection
from services.readmodels.namespaces import live_ns
from services.readmodels.port import ReadModelStore
from services.readside.timetravel import TimeTravel
from services.readside.views import meeting_at, territory_at

_INTERNAL = ("facts", "corrections")  # reducer state the public view leaves out


class ReadModels:
    def __init__(
        self, store: ReadModelStore, log: EventLog, live: Mapping[str, str] | None = None
    ) -> None:
        """`live`: projection name -> its live namespace, when the caller has just read it
        (with the version tag): one store round trip less per read."""
        self._store = store
        self._travel = TimeTravel(log, store)
        self._live = live or {}

    async def _ns(self, projection: Projection) -> str:
        return self._live.get(projection.name) or await live_ns(self._store, projection.name)

    async def _docs(self, projection: Projection, as_of: int | None) -> list[dict[str, Any]]:
        if as_of is not None:
            keys = await self._travel.keys_as_of(projection, as_of)
            raws = [await self._travel.doc_as_of(projection, k, as_of) for k in keys]
            return [json.loads(r) for r in raws if r is not None]
        ns = await self._ns(projection)
        keys = await self._store.keys(ns, projection.slot)
        docs = await self._store.get_many(ns, projection.slot, keys)
        return [json.loads(docs[k]) for k in keys if k in docs]

    async def _doc(
        self, projection: Projection, key: str, as_of: int | None
    ) -> dict[str, Any] | None:
        if as_of is not None:
            raw = await self._travel.doc_as_of(projection, key, as_of)
        else:
            raw = await self._store.get(await self._ns(projection), projection.slot, key)
        return None if raw is None else dict(json.loads(raw))

    async def meetings(
        self,
        status: str | None = None,
        participant: str | None = None,
        as_of: int | None = None,
        valid_at: str | None = None,
    ) -> list[dict[str, Any]]:
        out = []
        for group in await self._docs(MEETINGS, as_of):
            if participant is not None and participant not in {
                p["id"] for p in group["participants"]
            }:
                continue
            for meeting in group["meetings"]:
                view = meeting_at(meeting, valid_at) if valid_at else meeting
                if view is not None and (status is None or view["status"] == status):
                    out.append(view)
        return sorted(out, key=lambda m: ((m["date"] or {}).get("value", "9999"), m["id"]))

    async def meeting(
        self, meeting_id: str, as_of: int | None = None, valid_at: str | None = None
    ) -> dict[str, Any] | None:
        group = await self._doc(MEETINGS, meeting_id.split("@", 1)[0], as_of)
        if group is None:
            return None
        meeting = next((m for m in group["meetings"] if m["id"] == meeting_id), None)
        if meeting is not None and valid_at:
            return meeting_at(meeting, valid_at)
        return meeting

    async def territories(
        self, as_of: int | None = None, valid_at: str | None = None
    ) -> list[dict[str, Any]]:
        return [_public(d, valid_at) for d in await self._docs(TERRITORIES, as_of)]

    async def territory(
        self, key: str, as_of: int | None = None, valid_at: str | None = None
    ) -> dict[str, Any] | None:
        doc = await self._doc(TERRITORIES, key, as_of)
        return None if doc is None else _public(doc, valid_at)


def _public(doc: dict[str, Any], valid_at: str | None) -> dict[str, Any]:
    view = {k: v for k, v in doc.items() if k not in _INTERNAL}
    return territory_at(view, valid_at) if valid_at else view
