"""Which namespace holds a projection's live read model.

Normally "live"; after a blue-green rebuild, the alias `<projection>` points at the
namespace the new build went into. Readers and the projector resolve it per use.
"""

from __future__ import annotations

from services.readmodels.port import ReadModelStore

LIVE = "live"


async def live_ns(store: ReadModelStore, projection_name: str) -> str:
    return await store.get_alias(projection_name) or LIVE
