"""Where the known meetings of the peace process were held (`[[known_meeting]]` in
lexicon.toml): a held meeting the article dates to one of their days but places nowhere took
place in the known city. The date decides; any place the article names is kept, a country too
("met in Moldova": the gold keeps what the text says)."""

from __future__ import annotations

from functools import lru_cache

from .cues import Role
from .discourse import Draft
from .lexicon import records, role_names, word_list
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
    return _border_between(c, inside, before)


def _border_between(c: Clause, inside: list[Role], before: frozenset[str]) -> str | None:
    """ "held on the border between the Republic of Armenia and the Republic of Azerbaijan",
    "на границе между Республикой Армения и Азербайджаном": the border noun after "on"/"на",
    then "between" and the two sides, is their common border, however the sides are styled."""
    sides = role_names("border_sides")
    borders = sorted(role_names("border"))
    nouns, between = word_list("border_nouns"), word_list("between_words")
    toks = c.tokens
    for k in range(c.lo + 1, c.hi - 1):
        if toks[k].lemma not in nouns and toks[k].lower not in nouns:
            continue
        if not {t.lower for t in toks[max(c.lo, k - 2) : k]} & before:
            continue
        if toks[k + 1].lower not in between:
            continue
        named = {r.name for r in inside if k + 1 < r.mention.first <= k + 12}
        if borders and sides <= named:
            return borders[0]
    return None
