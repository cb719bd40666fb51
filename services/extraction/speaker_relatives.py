"""The subject of a speech verb opened by a relative pronoun is that pronoun's antecedent, the
noun right before it: "calls on Russia to implement the agreement which states that ..." has the
agreement speak, not Russia; "the ministry, which said ..." has the ministry speak."""

from __future__ import annotations

from .cues import Role
from .lexicon import word_list
from .rules import Clause


def relative_subject_elsewhere(c: Clause, who: Role, v: int) -> bool:
    """True when the verb at `v` follows a subject relative pronoun whose antecedent (the word
    before the pronoun, past a comma) is not the name `who`: that name is no speaker."""
    toks = c.tokens
    k = v - 1
    relatives = word_list("subject_relatives")
    if (
        k >= 1
        and relatives & {toks[k - 1].lower, toks[k - 1].lemma}
        and all(r.mention.last != k for r in c.roles)
    ):
        k -= 1  # "which also states": one word (not a name, "which Pashinyan said") between
    if k < 1 or (toks[k].lower not in relatives and toks[k].lemma not in relatives):
        return False
    antecedent = k - 1
    if toks[antecedent].text == ",":
        antecedent -= 1
    return who.mention.last != antecedent
