"""Thanks for hosting talks: "Both ministers thanked the United States for hosting the talks",
"выразили признательность американской стороне за проведение переговоров". The talks thanked
for are the ones already told, and the one thanked hosted them: the clause is no new meeting
and adds no participant (the guide: participants are those at the table)."""

from __future__ import annotations

from .lexicon import word_list
from .rules import Clause


def thanks_for_told_meeting(c: Clause, trig: int) -> bool:
    """The meeting word is the object of thanks ("thanked X for hosting the talks", "за
    проведение переговоров") and the article has told a meeting before."""
    if c.ctx.last_meeting is None:
        return False
    thanks = word_list("thanks_words")
    for g in range(max(c.lo, trig - 12), trig):
        t = c.tokens[g]
        if t.lower in thanks or t.lemma in thanks:
            return any(c.tokens[k].lower in ("for", "за") for k in range(g + 1, trig + 1))
    return False
