"""Where the known meetings of the peace process were held (`[[known_meeting]]` in
lexicon.toml): a held meeting the article dates to one of their days but places nowhere took
place in the known city. The date decides; any place the article names is kept, a country too
("met in Moldova": the gold keeps what the text says)."""

from __future__ import annotations

from functools import lru_cache

from .cues import Role
from .discourse import Draft
from .gazetteer import canonical_entity
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


def sides_border(c: Clause, trig: int, participants: list[str]) -> str | None:
    """ "met on the border", "held at the border between the countries", "прошла на границе":
    a bare border noun after "on"/"at"/"на", in a meeting of the two border sides (people
    stand for their states), is the sides' common border. The phrase must hang on the meeting,
    not on another noun ("the situation on the border") or on a verb of talking ("met to
    discuss the border")."""
    sides = role_names("border_sides")
    borders = sorted(role_names("border"))
    states = set()
    for name in participants:
        e = canonical_entity(name)
        states.add((e.state or e.name) if e is not None else name)
    if not borders or not sides <= states:
        return None
    nouns, before = word_list("border_nouns"), word_list("border_venue_prepositions")
    talk = word_list("peace_talked")
    toks = c.tokens
    for k in range(c.lo + 1, c.hi):
        if toks[k].lemma not in nouns and toks[k].lower not in nouns:
            continue
        preps = [p for p in range(max(c.lo, k - 2), k) if toks[p].lower in before]
        if not preps:
            continue
        head = preps[0] - 1
        if head >= c.lo and not _hangs_on_meeting(c, head, trig):
            continue  # "the situation on the border": the border of that noun
        if any(t.lemma in talk for t in toks[min(trig, k) : k]):
            continue  # "met to discuss tensions at the border": the topic
        return borders[0]
    return None


def _hangs_on_meeting(c: Clause, head: int, trig: int) -> bool:
    """The word before the place phrase is the meeting's: its verb or noun, another verb, a
    date ("В четверг на границе") or a comma — not a noun of its own."""
    t = c.tokens[head]
    if head == trig or head in c.at(c.lex.meeting) or t.tense is not None:
        return True
    if t.pos in ("VERB", "PUNCT", "ADV") or not t.text.isalnum():
        return True
    return any(d.start <= t.start < d.end for d in c.dates)
