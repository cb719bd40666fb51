"""Reading the projections for the API and CLI: public views of the stored documents."""

from __future__ import annotations

import json
from typing import Any

from services.projections.registry import MEETINGS, TERRITORIES
from services.readmodels.port import ReadModelStore

LIVE = "live"
_INTERNAL = ("facts", "corrections")  # reducer state the public view leaves out


class ReadModels:
    def __init__(self, store: ReadModelStore, ns: str = LIVE) -> None:
        self._store, self._ns = store, ns

    async def _docs(self, slot: str) -> list[dict[str, Any]]:
        keys = await self._store.keys(self._ns, slot)
        docs = await self._store.get_many(self._ns, slot, keys)
        return [json.loads(docs[k]) for k in keys if k in docs]

    async def meetings(
        self, status: str | None = None, participant: str | None = None
    ) -> list[dict[str, Any]]:
        out = []
        for group in await self._docs(MEETINGS.slot):
            ids = {p["id"] for p in group["participants"]}
            if participant is not None and participant not in ids:
                continue
            out += [m for m in group["meetings"] if status is None or m["status"] == status]
        return sorted(out, key=lambda m: ((m["date"] or {}).get("value", "9999"), m["id"]))

    async def meeting(self, meeting_id: str) -> dict[str, Any] | None:
        group_key = meeting_id.split("@", 1)[0]
        raw = await self._store.get(self._ns, MEETINGS.slot, group_key)
        if raw is None:
            return None
        found: dict[str, Any] | None = next(
            (m for m in json.loads(raw)["meetings"] if m["id"] == meeting_id), None
        )
        return found

    async def territories(self) -> list[dict[str, Any]]:
        return [_public(d) for d in await self._docs(TERRITORIES.slot)]

    async def territory(self, key: str) -> dict[str, Any] | None:
        raw = await self._store.get(self._ns, TERRITORIES.slot, key)
        return None if raw is None else _public(json.loads(raw))


def _public(doc: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in doc.items() if k not in _INTERNAL}
