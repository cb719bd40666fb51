"""Meetings recalled as a list: "at their meetings on 6 October in Prague and 31 October in
Sochi", "на встречах 6 октября в Праге и 31 октября в Сочи".

A meeting word with two or more day dates in its clause, each with a city next to it, names
that many meetings already held: one fact per (day, city). Who met is whoever the clause names
as people, else the states it names ("the leaders of Armenia and Azerbaijan").
"""

from __future__ import annotations

from .cues import Role
from .dates import DateMention
from .discourse import Draft
from .rules import Clause, _states

CONNECTORS = frozenset({"in", "on", "at", "в", "во", ","})


def _city_near(c: Clause, date: DateMention, taken: set[int]) -> Role | None:
    """The city joined to the date by nothing but "in"/"on"/"в" ("6 октября в Праге", "in
    Prague on October 6"); the nearer one when both sides have one."""
    first = next((k for k, t in enumerate(c.tokens) if t.start >= date.start), len(c.tokens))
    last = next((k for k, t in enumerate(c.tokens) if t.start >= date.end), len(c.tokens))
    best: tuple[int, Role] | None = None
    for r in c.inside():
        if not (r.as_place and "city" in r.mention.entity.flags) or id(r) in taken:
            continue
        if r.mention.first >= last:
            gap = c.tokens[last : r.mention.first]
        elif r.mention.last < first:
            gap = c.tokens[r.mention.last + 1 : first]
        else:
            continue
        joined = len(gap) <= 2 and all(t.lower in CONNECTORS for t in gap)
        if joined and (best is None or len(gap) < best[0]):
            best = (len(gap), r)
    return best[1] if best else None


def listed_meetings(c: Clause) -> list[Draft]:
    if not c.at(c.lex.meeting):
        return []
    today = c.ctx.today
    days = [d for d in c.dates if d.precision == "day" and (not today or d.value < today)]
    if len(days) < 2:
        return []
    taken: set[int] = set()
    pairs: list[tuple[DateMention, Role]] = []
    for d in days:
        city = _city_near(c, d, taken)
        if city is not None:
            taken.add(id(city))
            pairs.append((d, city))
    if len(pairs) < 2:
        return []
    inside = [r for r in c.inside() if id(r) not in taken and not r.as_place]
    people = list(dict.fromkeys(r.name for r in inside if r.kind == "person"))
    participants = people if len(people) >= 2 else _states(inside, set())
    if len(participants) < 2:
        return []
    return [
        c.draft("MeetingHeld", {"participants": participants, "place": city.name}, "held", day)
        for day, city in pairs
    ]
