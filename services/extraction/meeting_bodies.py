"""A body's members named only by their office or as colleagues ("his CSTO counterparts", "the
co-chairs of the OSCE Minsk Group"): the guide puts the body at the table."""

from __future__ import annotations

from .cues import Role
from .lexicon import word_list
from .rules import Clause


def counterparts_body(c: Clause, inside: list[Role]) -> list[str]:
    """ "встреча с коллегами по СНГ", "his CSTO counterparts": colleagues named only by the
    body they sit in are that body at the table (the guide: a bloc's unnamed members)."""
    words = word_list("unnamed_counterparts") | word_list("unnamed_office_holders")
    at = [i for i in range(c.lo, c.hi) if c.tokens[i].lower in words]
    return [
        r.name
        for r in inside
        if r.kind == "organisation"
        and "media" not in r.mention.entity.flags
        and any(
            _holders_of(c, i, r) and not _named_after(c, inside, max(i, r.mention.last)) for i in at
        )
    ]


def _named_after(c: Clause, inside: list[Role], end: int) -> bool:
    """ "the co-chairs of the Minsk Group, Popov and Schofer": members named are the people."""
    return any(r.kind == "person" and 0 < r.mention.first - end <= 2 for r in inside)


def _holders_of(c: Clause, i: int, r: Role) -> bool:
    """ "counterparts in the CSTO", "the co-chairs of the OSCE Minsk Group", "Minsk Group
    co-chairs", "сопредседатели Минской группы": the word names members of the body."""
    if i - r.mention.last == 1:
        return True
    if not r.mention.first <= i + 1 <= r.mention.last + 1:
        return r.mention.first > i + 1 and _prepositions(c, i, r)
    # "сопредседатели Минской группы": the body in the genitive right after, or the name itself
    return c.tokens[i].lower in word_list("unnamed_office_holders")


def _prepositions(c: Clause, i: int, r: Role) -> bool:
    gap = [t.lower for t in c.tokens[i + 1 : r.mention.first]]
    # "counterparts in the CSTO" takes its one preposition; "co-chairs of the ..." its article
    the = c.tokens[i].lower in word_list("unnamed_office_holders") and gap[1:] == ["the"]
    return gap[0] in ("по", "from", "in", "of") and (len(gap) == 1 or the)
