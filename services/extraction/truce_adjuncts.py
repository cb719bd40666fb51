"""A truce named in an adjunct of another event is not dated by that event.

The guide: "нарушив договоренность о прекращении огня" only presupposes a ceasefire regime and
is no fact; a truce governed by a preposition of time or concession ("amid the truce", "hours
after the truce", "despite the truce", "несмотря на перемирие") is a background fact (the
README), but the clause tells another event, and its date is that event's, not the truce's. A
date of the truce's own (between the preposition and the noun, "since the 2020 ceasefire", or in
its relative clause up to the next comma, "despite the truce that took effect on October 10")
still dates it.
"""

from __future__ import annotations

import re

from .discourse import Draft
from .rules import Clause

# the prepositions, as the words right before the truce phrase (up to REACH tokens back)
_ADJUNCT = (
    ("amid",),
    ("amidst",),
    ("after",),
    ("despite",),
    ("since",),
    ("несмотря", "на"),
    ("на", "фоне"),
    ("после",),
    ("вопреки",),
)
REACH = 4  # "despite the Russian-mediated humanitarian truce"
_CLAUSE_END = re.compile(r"[,;.!?]")


def _adjunct_start(c: Clause, i: int) -> int | None:
    """The offset of the preposition governing the truce noun at token `i`, if any."""
    words = [t.lower for t in c.tokens]
    for k in range(i - 1, max(c.lo, i - REACH) - 1, -1):
        for prep in _ADJUNCT:
            n = len(prep)
            if k - n + 1 >= c.lo and tuple(words[k - n + 1 : k + 1]) == prep:
                return c.tokens[k - n + 1].start
    return None


def _own_date(c: Clause, i: int, start: int) -> bool:
    """A date of the truce itself: after its preposition, up to the end of its phrase."""
    base = c.sent.start
    rest = c.sent.text[c.tokens[i].end - base :]
    end = _CLAUSE_END.search(rest)
    stop = c.tokens[i].end + (end.start() if end else len(rest))
    return any(start < d.start < stop for d in c.dates)


def undate_adjunct_truces(c: Clause, out: list[Draft]) -> list[Draft]:
    """The truces the clause names only in an adjunct of another event lose that event's
    date: they stay background facts (the README), dated only as the text dates them."""
    if not any(d.kind == "CeasefireAgreed" for d in out):
        return out
    for i in c.at(c.lex.ceasefire):
        start = _adjunct_start(c, i)
        if start is not None and not _own_date(c, i, start):
            for d in out:
                if d.kind == "CeasefireAgreed" and d.date is not None and d.date.start >= 0:
                    d.args.pop("date", None)
                    d.date = None
            break
    return out
