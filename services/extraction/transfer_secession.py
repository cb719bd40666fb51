"""A region declaring independence from a state or breaking away from it.

"In 1991 Nagorno-Karabakh declared independence from Azerbaijan", "separatists in
Nagorno-Karabakh broke away from Azerbaijan", "Карабах отделился от Азербайджана": the guide's
secession, a TerritoryTransferred of the region from the state it left, the receiver being
the republic the region became (data: `seceded_as`; the text names none, and a change with no
receiver is dropped as too thin). The region is a place named before the verb (not a state:
"Armenia declared independence from the Soviet Union" is a state's own birth, no territory
changing hands); the state left is the one named right after "from/от". Denials and things
to come tell no secession.
"""

from __future__ import annotations

from .clause_guards import negated
from .cues import Role
from .discourse import Draft
from .rules import Clause
from .transfer_roles import state_of
from .transfer_words import transfer_words, words

NOUN_REACH = 4  # "proclaimed its independence from", "объявил о своей независимости от"
SUBJECT_REACH = 10  # "Nagorno-Karabakh, with the support of Armenia, declared"


def _is(c: Clause, k: int, key: str) -> bool:
    t = c.tokens[k]
    return t.lemma in words(key) or t.lower in words(key)


def _from_at(c: Clause, v: int) -> int | None:
    """Where "from/от" follows the verb: after its independence noun, after "away", or at once."""
    k = v + 1
    if k < c.hi and c.tokens[k].lower == "away":  # "broke away from"
        k += 1
    if _is(c, v, "secession_declaring"):
        nouns = [
            n for n in range(v + 1, min(c.hi, v + NOUN_REACH + 1)) if _is(c, n, "secession_nouns")
        ]
        if not nouns:
            return None
        k = nouns[0] + 1
    elif not (_is(c, v, "secession_leaving") or (c.tokens[v].lemma == "break" and k == v + 2)):
        return None
    return k if k < c.hi and _is(c, k, "secession_froms") else None


def _left_state(c: Clause, k: int) -> str | None:
    after = [r for r in c.roles if k < r.mention.first <= k + 2 and state_of(r)]
    return str(state_of(after[0])) if after else None


def _region(c: Clause, v: int) -> Role | None:
    before = [
        r
        for r in c.roles
        if max(c.lo, v - SUBJECT_REACH) <= r.mention.first < v
        and r.kind == "place"
        and r.mention.entity.kind == "place"
    ]
    return before[0] if before else None


def secessions(c: Clause) -> list[Draft]:
    lex = c.lex
    if c.tense == "fut" or c.has(lex.hypothetical) or c.has(lex.attempt):
        return []
    out = []
    for v in range(c.lo, c.hi):
        k = _from_at(c, v)
        if k is None or negated(c, v) or c.tokens[v].pos == "INFN":
            continue
        left, region = _left_state(c, k), _region(c, v)
        if left is None or region is None:
            continue
        republic = transfer_words()["seceded_as"].get(region.name)
        if republic is None or republic == left:
            continue
        args: dict[str, str | list[str] | None] = {
            "territory": region.name,
            "from": left,
            "to": republic,
        }
        out.append(c.draft("TerritoryTransferred", args, "asserted", c.date_near(v)))
    return out
