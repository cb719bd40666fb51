"""Several villages handed over in one list are one handover (annotation guide: "several
territories named in one clause (the four villages): one fact, the territories as
alternatives"). Villages taken in fighting stay one fact each (rules_transfers calls this for
handovers only: the villages' captures are told, and annotated, one by one).

The fact is named by the district the clause says contains them ("the villages X, Y and Z in
the Gazakh district", "сёла X, Y и Z в составе Газахского района"), which every annotator lists
among the alternatives, else by the first village.
"""

from __future__ import annotations

from .cues import Role
from .rules import Clause
from .text import Token
from .transfer_words import words

CONTAINER_REACH = 5  # tokens between the list and the district that contains it


def _village(r: Role) -> bool:
    return "village" in r.mention.entity.flags


def _container(c: Clause, first: Role, last: Role) -> Role | None:
    """The district named right after the list ("in the Gazakh district") or right before it
    ("Gazakh district villages X and Y"), in the same country as the villages."""
    country = first.mention.entity.country
    for r in sorted(c.inside(), key=lambda r: r.mention.first):
        e = r.mention.entity
        if "district" not in e.flags or (country and e.country and e.country != country):
            continue
        after = 0 < r.mention.first - last.mention.last <= CONTAINER_REACH
        before = 0 < first.mention.first - r.mention.last <= CONTAINER_REACH - 2
        if after or before:
            return r
    return None


def one_per_list(c: Clause, territories: list[Role]) -> list[Role]:
    """Villages of the list become one territory; other territories stay as they are."""
    villages = [r for r in territories if _village(r)]
    if len(villages) < 2:
        return territories
    first, last = villages[0], villages[-1]
    named = _container(c, first, last) or first
    rest = [r for r in territories if not _village(r) and r.name != named.name]
    return [named, *rest]


HEADED_REACH = 7  # ", as well as the villages of": joiners and the next place's head noun


def headed(between: list[Token] | tuple[Token, ...]) -> bool:
    """ "Lachin, as well as the villages of Zabukh", "Лачин, а также сёла Забух": a joiner and
    then the next place's own head noun; the place is coordinated with the one before it."""
    joiners, heads = words("headed_list_joiners"), words("headed_list_heads")
    k = 0
    while k < len(between) and between[k].lower in joiners:
        k += 1
    rest = between[k:]
    joined = any(t.lower in ("and", "well", "и", "также") for t in between[:k])
    return joined and len(between) <= HEADED_REACH and all(t.lower in heads for t in rest)
