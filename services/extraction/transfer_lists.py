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


GROUP_REACH = 12  # tokens between one village group's district and the next group's


def next_village_group(c: Clause, prev_last: int, r: Role) -> bool:
    """ "A and B villages of Fuzuli province; C villages of Jabrayil": groups of villages, each
    with the district that locates it, joined into one list; each district then stands for its
    group (the guide: one fact per territory)."""
    between = c.tokens[prev_last + 1 : r.mention.first]
    if not 0 < len(between) <= GROUP_REACH or "district" not in r.mention.entity.flags:
        return False
    group = words("village_group_words")
    if not any(t.text in (",", ";") or t.lower in ("and", "и") for t in between):
        return False
    heads = words("village_group_heads")
    if not any(t.lower in heads for t in between):
        return False  # the next district must locate villages of its own
    return all(t.lower in group or t.text[:1].isupper() for t in between)
