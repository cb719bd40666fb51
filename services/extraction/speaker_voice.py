"""The voice of a speech verb: an English passive ("Vardanyan is accused of laundering",
"Armenia was urged to withdraw") makes its subject the one spoken to or about, no speaker."""

from __future__ import annotations

from .lexicon import word_list
from .rules import Clause


def passive_unagented(c: Clause, v: int) -> bool:
    """A past participle after a form of "be" (an adverb may stand between): the subject is
    the target; with no "by" agent (read before this check), nobody named speaks. "was quoted
    as saying" still quotes its subject."""
    toks = c.tokens
    t = toks[v]
    if not t.lower.isascii() or not (t.tense == "past" or t.lower.endswith("ed")):
        return False
    k = v - 1
    if k >= 0 and (toks[k].lower.endswith("ly") or toks[k].lower in word_list("passive_adverbs")):
        k -= 1
    if k < 0 or toks[k].lower not in word_list("passive_be"):
        return False
    after = [x.lower for x in toks[v + 1 : v + 3]]
    return after != ["as", "saying"]
