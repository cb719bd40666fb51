"""A speech verb in the infinitive under a word of intending or deciding ("Armenia plans to
announce", "decided to appeal to Russia", "намерена заявить", "принято решение обратиться") is a
statement intended, not made: no StatementMade (the guide records statements made)."""

from __future__ import annotations

from .lexicon import word_list
from .rules import Clause

_RU_INFINITIVE = ("ть", "ться", "ти", "тись", "чь", "чься")


def prospective(c: Clause, v: int) -> bool:
    toks = c.tokens
    t = toks[v]
    governors = word_list("prospective_governors")
    if t.lower.isascii():  # "plans to announce", "is expected to say"
        return v >= 2 and toks[v - 1].lower == "to" and toks[v - 2].lower in governors
    infinitive = t.lower == t.lemma and t.lower.endswith(_RU_INFINITIVE)
    if not infinitive or v < 1:
        return False
    k = v - 1
    if toks[k].lower in ("бы", "было", "будет"):  # "решила бы обратиться"
        k -= 1
    return k >= 0 and (toks[k].lemma in governors or toks[k].lower in governors)
