"""Names listed before a plural "districts": "the Aghdam, Kalbajar and Lachin districts".

Each name then stands for its district, not for the town of the same name, and only the last
one is next to the word, so the district is looked up for the whole list. Villages lie in
districts, not in towns: "four villages in Gazakh" names the Gazakh District.
"""

from __future__ import annotations

from collections.abc import Callable

from .gazetteer_model import Entity, Mention, Tokens
from .lexicon import word_list


def as_districts(
    tokens: Tokens, mentions: list[Mention], lookup: Callable[[str], Entity | None]
) -> list[Mention]:
    plurals = set(word_list("district_plurals"))
    joiners = set(word_list("list_joiners"))
    out = [_settlements_in(tokens, m, lookup) for m in mentions]
    k = len(out) - 1
    while k >= 0:
        after = out[k].last + 1
        if after >= len(tokens) or tokens[after].lower not in plurals:
            k -= 1
            continue
        while k >= 0:  # the list runs back over places joined by commas and "and"
            m = out[k]
            district = _district_of(tokens, m, lookup)
            if district is not None:
                out[k] = Mention(district, m.first, m.last, m.start, m.end)
            prev = out[k - 1] if k else None
            k -= 1
            between = tokens[prev.last + 1 : m.first] if prev else []
            if prev is None or not between or any(t.lower not in joiners for t in between):
                break
    return out


Lookup = Callable[[str], Entity | None]


def _district_of(tokens: Tokens, m: Mention, lookup: Lookup) -> Entity | None:
    if m.entity.kind != "place" or "district" in m.entity.flags:
        return None
    surface = " ".join(t.text for t in tokens[m.first : m.last + 1])
    found = lookup(f"{surface} District")
    return found if found is not None and "district" in found.flags else None


def _settlements_in(tokens: Tokens, m: Mention, lookup: Lookup) -> Mention:
    """ "villages in (the) Gazakh": the town's district holds the villages."""
    k = m.first - 1
    if k >= 0 and tokens[k].lower == "the":
        k -= 1
    plurals = word_list("settlement_plurals")
    if k < 1 or tokens[k].lower != "in" or tokens[k - 1].lower not in plurals:
        return m
    district = _district_of(tokens, m, lookup)
    return m if district is None else Mention(district, m.first, m.last, m.start, m.end)
