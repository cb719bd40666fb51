"""A state restoring or establishing its sovereignty took the land it names.

"Azerbaijan established full sovereignty in Karabakh", "Aliyev announced the restoration of the
country's sovereignty", "мы полностью восстановили нашу территориальную целостность": a
TerritoryTransferred to that state (from the side it fights), the place after "over/in/над/в"
as the territory, none when no place is named (the guide's unnamed territory). The taker is the
state the verb's subject or the noun's possessor names; "our"/"наш" is the claimant's own side.
Aims ("to restore sovereignty"), things to come and denials tell no taking.
"""

from __future__ import annotations

from .clause_guards import negated
from .cues import Role
from .discourse import Draft
from .gazetteer import state_named
from .lexicon import table
from .rules import Clause
from .transfer_doubts import unvouched
from .transfer_roles import agent_before, claimant_side, state_of
from .transfer_territories import TERRITORY_FLAGS
from .transfer_words import words

NOUN_REACH = 4  # "restored its full sovereignty", "восстановили полностью нашу целостность"


def _is(c: Clause, k: int, key: str) -> bool:
    t = c.tokens[k]
    return t.lemma in words(key) or t.lower in words(key)


def _cue(c: Clause) -> tuple[int, int] | None:
    """Where the verb (or its noun) and the sovereignty noun it takes are."""
    for v in range(c.lo, c.hi):
        if not _is(c, v, "sovereignty_verbs"):
            continue
        for n in range(v + 1, min(c.hi, v + NOUN_REACH + 1)):
            if not _is(c, n, "sovereignty_nouns"):
                continue
            if c.tokens[n].lemma in ("integrity", "целостность"):
                before = c.tokens[n - 1].lower
                if not before.startswith(("territorial", "территориальн")):
                    break  # "restored the integrity of the vote": not land
            return v, n
    return None


def _unmade(c: Clause, v: int) -> bool:
    """An aim or a thing still to come: "to restore sovereignty", "чтобы восстановить",
    "will restore", a bare infinitive; a noun ("the restoration") only in a past clause."""
    t = c.tokens[v]
    if v > c.lo and c.tokens[v - 1].lower in ("to", "чтобы"):
        return True
    if t.pos == "INFN" or c.tense == "fut":
        return True
    return t.pos == "NOUN" and c.tense != "past"


def _side(name: str | None) -> str | None:
    state = state_named(name) if name else None
    return state if state in table("opponents") else None


def _taker(c: Clause, v: int, n: int, claimed: list[str]) -> str | None:
    own = any(c.tokens[k].lower in ("its", "their", "свой", "свою") for k in range(v + 1, n))
    if any(_is(c, k, "own_side_words") for k in range(v + 1, n)):
        return claimant_side(claimed)
    # "sovereignty of Azerbaijan": the possessor after the noun
    after = [r for r in c.roles if r.mention.first in (n + 2, n + 3) and state_of(r)]
    if after and c.tokens[n + 1].lower in ("of",) and not own:
        return _side(state_of(after[0]))
    subject = _side(agent_before(c, v))
    if subject:
        return subject
    before = [r for r in c.roles if r.mention.last < v and state_of(r)]
    return _side(state_of(before[-1])) if before else None


def _place(c: Clause, n: int) -> Role | None:
    """The place right after "over/in/над/в" following the noun ("sovereignty in Karabakh")."""
    if n + 1 >= c.hi or not _is(c, n + 1, "sovereignty_places"):
        return None
    for r in c.roles:
        e = r.mention.entity
        if n + 2 <= r.mention.first <= n + 4 and r.kind == "place" and e.flags & TERRITORY_FLAGS:
            return r
    return None


def sovereignty_taken(c: Clause, claimed: list[str] | None = None) -> list[Draft]:
    at = _cue(c)
    if at is None:
        return []
    v, n = at
    lex = c.lex
    if negated(c, v) or c.has(lex.hypothetical) or c.has(lex.attempt) or unvouched(c, [v]):
        return []
    if _unmade(c, v):
        return []
    taker = _taker(c, v, n, claimed or [])
    if taker is None:
        return []
    place = _place(c, n)
    args: dict[str, str | list[str] | None] = {
        "territory": place.name if place else None,
        "from": str(table("opponents")[taker]),
        "to": taker,
    }
    return [c.draft("TerritoryTransferred", args, "asserted", c.date_near(v))]
