"""Takings the text does not vouch for: hearsay, disputed claims, demands, "came under fire".

The guide gives no TerritoryTransferred for a capture told only as "СМИ сообщают" or called
alleged, nor for a claim the sentence itself refutes; a demand to hand land over is no
handover; and "came under" is control only when no attack follows it.
"""

from __future__ import annotations

from .cues import cue_positions
from .rules import Clause
from .transfer_words import words


def _cue(key: str) -> frozenset[str | tuple[str, ...]]:
    return frozenset(tuple(w.split()) if " " in w else w for w in words(key))


def hearsay(c: Clause) -> bool:
    """ "СМИ сообщают, что войска освободили села", "allegedly captured": anywhere in the
    sentence, not only the clause (the hearsay frame is often a clause of its own)."""
    return bool(cue_positions(_cue("hearsay"), c.tokens))


def refuted_claim(c: Clause, verbs: list[int]) -> bool:
    """A claim before the taking and a denial after the claim: "claims of forces entering the
    villages were denied", "claimed to have captured X ... rejecting the claims" (not "denied
    having claims to Armenia after having regained Karabakh": that denial is of the claims)."""
    claimed = [k for k in cue_positions(_cue("claims"), c.tokens) if any(k < i for i in verbs)]
    if not claimed:
        return False
    return any(d > claimed[0] for d in cue_positions(_cue("denials"), c.tokens))


def demanded(c: Clause, verbs: list[int]) -> bool:
    """ "требование Азербайджана передать 4 села": a demand right before the verb."""
    asked = cue_positions(_cue("demands"), c.tokens)
    return any(0 < i - k <= 5 for k in asked for i in verbs)


def under_attack(c: Clause, i: int) -> bool:
    """ "came under intensive fire": "came under" with an attack after it, no control."""
    if i + 1 >= len(c.tokens) or c.tokens[i + 1].lower != "under":
        return False
    after = {t.lower for t in c.tokens[i + 2 : i + 5]}
    return bool(after & words("under_not_control"))


def _determiner_before(c: Clause, i: int) -> str:
    """The word before a participle, past the numerals and ordinals of its noun phrase: "the
    two occupied Hadrut villages", "its last three liberated villages" have "the", "its"."""
    between = words("attributive_between") | words("quantities")
    k = i - 1
    while k > c.lo and (c.tokens[k].lower in between or c.tokens[k].text.isdigit()):
        k -= 1
    return c.tokens[k].lower if k >= c.lo else ""


def attributive(c: Clause, i: int) -> bool:
    """ "the liberated Kalbajar region", "освобождённый город Шуша": a participle naming a
    place's state in passing, right before the place, no event."""
    before = _determiner_before(c, i)
    starts_place = any(r.kind == "place" and r.mention.first in (i + 1, i + 2) for r in c.roles)
    if not starts_place:
        return False
    low = c.tokens[i].lower.replace("ё", "е")
    if any(low.endswith(e) for e in words("participle_endings_ru")):
        return True  # "освобождённого города Шуша": a full participle before the place
    # "the liberated Kalbajar region", not "the liberation of Aghdam" (a taking told as a noun)
    return before in words("attributive_determiners") and c.tokens[i].lower.endswith("ed")


def attributive_handover(c: Clause, i: int) -> bool:
    """ "the ceded territories", "the returned districts": a participle between a determiner and
    its noun names land given earlier in passing; the handover is no event of this sentence."""
    before = _determiner_before(c, i)
    nxt = c.tokens[i + 1] if i + 1 < c.hi else None
    if nxt is None or before not in words("attributive_determiners"):
        return False
    noun_follows = nxt.text.isalpha() and nxt.text.islower() and nxt.pos != "ADP"
    return c.tokens[i].lower.endswith("ed") and noun_follows and nxt.lower not in ("by", "to")


def destination(c: Clause, i: int) -> bool:
    """ "our return to Shusha", "возвращение в Шушу": a return to a place, not of it."""
    nxt = c.tokens[i + 1].lower if i + 1 < c.hi else ""
    if nxt not in words("destination_prepositions"):
        return False
    return any(
        r.kind == "place" and r.mention.first == i + 2 and not r.mention.entity.state
        for r in c.roles
    )


def unvouched(c: Clause, verbs: list[int]) -> bool:
    """Hearsay, a claim refuted in the sentence, or a demand: no change the text vouches for."""
    return hearsay(c) or refuted_claim(c, verbs) or demanded(c, verbs)
