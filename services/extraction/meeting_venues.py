"""Where the known meetings of the peace process were held (`[[known_meeting]]` in
lexicon.toml): a held meeting the article dates to one of their days but places nowhere took
place in the known city. The date decides; any place the article names is kept, a country too
("met in Moldova": the gold keeps what the text says)."""

from __future__ import annotations

from functools import lru_cache

from .discourse import Draft
from .lexicon import records


@lru_cache(maxsize=1)
def _venues() -> dict[str, str]:
    """ISO day -> city."""
    return {day: str(m["place"]) for m in records("known_meeting") for day in m["dates"]}


def place_known_meetings(facts: list[Draft]) -> list[Draft]:
    venues = _venues()
    for d in facts:
        if d.kind != "MeetingHeld":
            continue
        known = venues.get(str(d.args.get("date") or ""))
        if known is not None and d.args.get("place") is None:
            d.args["place"] = known
    return facts
