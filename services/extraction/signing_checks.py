"""Whether a signing told in a clause happened: "подпишут", "will sign", "should not limit
ourselves to signing" tell of a document still to come, which is no AgreementSigned."""

from __future__ import annotations

from .lexicon import word_list
from .rules import Clause


def signing_to_come(c: Clause, signed: list[int], agree: list[int]) -> bool:
    """Every signing or agreeing verb of the clause is future, or governed by a modal or "to"
    right before it."""
    verbs = signed + agree
    if not verbs:
        return False
    markers = word_list("signing_to_come")
    fillers = word_list("signing_fillers")
    for v in verbs:
        k = v - 1
        while k > c.lo and c.tokens[k].lower in fillers:
            k -= 1  # "will be jointly signed", "should not"
        head = c.tokens[k] if k >= c.lo else None
        ahead = head is not None and (head.lower in markers or head.lemma in markers)
        if c.tokens[v].tense == "futr" or ahead:
            continue
        return False
    return True
