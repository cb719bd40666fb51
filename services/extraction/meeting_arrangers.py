"""Who arranged a meeting is not thereby at it: "the bilateral meeting, arranged by Charles
Michel", "встреча в Брюсселе ... по инициативе Шарля Мишеля", "отказ от предложенной Блинкеном
встречи с Мирзояном". The annotators list the people who meet, not the one who proposed or
set up the meeting; a host or mediator of the talks ("hosted by", "при посредничестве") is
another matter and stays a participant (the guide: the host of talks is a participant).
"""

from __future__ import annotations

from .cues import Role
from .lexicon import role_names, word_list
from .rules import Clause

_REACH = 4  # title words between the arranging word and the name ("by EU Council President")


def arranged_by(c: Clause, r: Role) -> bool:
    """A third party (a person of neither side) named right after an arranging phrase, only
    title words between; a side that proposes talks ("initiated by the US side with
    Azerbaijan", "a meeting proposed by Aliyev") is at them."""
    entity = r.mention.entity
    if r.kind != "person" or entity.state in role_names("border_sides"):
        return False
    first = r.mention.first
    lo = max(c.lo, first - _REACH - 2)
    words = [t.lower for t in c.tokens[lo:first]]
    for phrase in word_list("arranger_phrases"):
        size = len(phrase.split())
        for k in range(len(words) - size, -1, -1):
            if " ".join(words[k : k + size]) != phrase:
                continue
            between = c.tokens[lo + k + size : first]
            if len(between) <= _REACH and not any(t.pos == "PUNCT" for t in between):
                return True
    return False
