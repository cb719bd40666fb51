"""Where the known meetings of the peace process were held (`[[known_meeting]]` in
lexicon.toml): a held meeting the article dates to one of their days but places nowhere took
place in the known city. The date decides; any place the article names is kept, a country too
("met in Moldova": the gold keeps what the text says)."""

from __future__ import annotations

from functools import lru_cache

from .cues import Role
from .discourse import Draft
from .lexicon import records, word_list
from .rules import Clause


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


def border_venue(c: Clause, inside: list[Role]) -> str | None:
    """ "took place on the border between Armenia and Azerbaijan", "прошло на армяно-
    азербайджанской границе": a border right after "on"/"на" is where they met."""
    before = word_list("border_venue_prepositions")
    for r in inside:
        first = r.mention.first
        window = {t.lower for t in c.tokens[max(c.lo, first - 2) : first]}
        if "border" in r.mention.entity.flags and window & before:
            return r.name
    return None
