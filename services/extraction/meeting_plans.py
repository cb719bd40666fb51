"""The sides of a meeting named inside a plan noun before it.

"Tokayev welcomed the agreement between Azerbaijan and Armenia to hold talks in Almaty",
"договорённость между Арменией и Азербайджаном провести переговоры": the "between" of the plan
(agreement, decision, deal) names who will meet, as the "between" after a meeting word does
("talks between A and B"); whoever welcomes or reports the plan earlier in the sentence tells
of it and takes no part.
"""

from __future__ import annotations

from .lexicon import word_list
from .rules import Clause
from .text import Token

_BETWEEN = ("between", "между")
_REACH = 10  # words from "between" to the meeting word: "between A and B to hold talks"


def _holding(t: Token) -> bool:
    """An infinitive of holding: "hold", "meet", "провести", "встретиться"."""
    if t.lemma in ("hold", "meet"):
        return t.lower in ("hold", "meet")  # "met", "held": the meeting took place
    return t.lemma in word_list("holding_infinitives") and t.lower.endswith(
        ("ть", "ти", "ться", "тись")
    )


def plan_between(c: Clause, trig: int) -> int | None:
    """The "between" before the meeting word whose list the meeting word completes through an
    infinitive of holding; no other verb with a tense stands between them (one starts another
    clause: "tensions between A and B grew before the talks")."""
    for k in range(trig - 1, max(c.lo, trig - _REACH) - 1, -1):
        t = c.tokens[k]
        if t.tense and not _holding(t):
            return None
        if t.lower in _BETWEEN:
            return k if any(_holding(x) for x in c.tokens[k + 1 : trig + 1]) else None
    return None


def told_about(c: Clause, trig: int) -> bool:
    """ "Aliyev informed Blinken about the planned meeting in Almaty", "проинформировал ... о
    предстоящей встрече": a meeting named as what someone is told of; the one who informs and
    the one informed tell and hear of it, they do not meet (unless "with" names a side)."""
    topic = word_list("topic_words")
    k = trig - 1
    while k > c.lo and k > trig - 4 and c.tokens[k].lower not in topic:
        k -= 1
    if c.tokens[k].lower not in topic:
        return False
    if trig + 1 < c.hi and c.tokens[trig + 1].lower in ("with", "с", "со"):
        return False  # "told him about his meeting with Aliyev": a side is named
    informing = word_list("informing_verbs")
    return any(t.lemma in informing or t.lower in informing for t in c.tokens[c.lo : k])
