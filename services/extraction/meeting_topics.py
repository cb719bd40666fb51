"""What the talks were about is no side at them: "discussed the normalisation of relations
between Azerbaijan and Armenia", "обсуждены вопросы сотрудничества между ..." name the states of
the topic. A state named after a word of discussing or of relations (the topic's head), later
than the nearest meeting word and not joined to it by "with", is the topic's, not the table's."""

from __future__ import annotations

from .cues import Role
from .lexicon import word_list
from .rules import Clause


def topic_state(c: Clause, trig: int, r: Role) -> bool:
    """Is this state named inside what was discussed after the meeting word?"""
    first = r.mention.first
    if first <= trig or c.tokens[first - 1].lower in ("with", "с", "со"):
        return False
    # a later meeting word heads a table of its own ("... see 'Meetings of A with B'")
    start = max([k for k in c.at(c.lex.meeting) if k < first] + [trig])
    heads = word_list("topic_heads")
    words = c.tokens[start + 1 : first]
    return any(t.lemma in heads or t.lower in heads for t in words)
