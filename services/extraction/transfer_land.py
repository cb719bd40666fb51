"""Land taken told by a bare word for land: "most of the territory was liberated by Azerbaijan
in the fall of 2020", "territory liberated from Armenian occupation in 2020".

The guide's unnamed territory: a TerritoryTransferred without `territory`, when the text names
the taker (subject, "by" agent) or the side whose occupation ended ("from Armenian
occupation": from that side, to the other), and a time; with neither a side nor a time ("the
territories liberated from occupation") the words are background and give no fact.
"""

from __future__ import annotations

from .clause_guards import negated
from .discourse import Draft
from .rules import Clause
from .transfer_roles import adjective_agent, agent_before, by_agent, other_side, state_of
from .transfer_words import words

NEAR = 4  # tokens between the land word and its verb ("the territory was liberated by")


def _is(c: Clause, k: int, key: str) -> bool:
    return c.tokens[k].lemma in words(key) or c.tokens[k].lower in words(key)


def _land_word(c: Clause, v: int) -> int | None:
    """The land word the verb is about: its object right after, or the passive subject or the
    noun a participle follows right before. Not one a name follows ("territory of X")."""
    for k in [*range(v + 1, min(c.hi, v + 3)), *range(v - 1, max(c.lo, v - NEAR) - 1, -1)]:
        if _is(c, k, "land_nouns"):
            named = any(r.kind == "place" and k < r.mention.first <= k + 3 for r in c.roles)
            return None if named else k
    return None


def _occupier(c: Clause, v: int) -> str | None:
    """ "liberated from Armenian occupation", "освобождены от армянской оккупации"."""
    for k in range(v + 1, min(c.hi, v + 5)):
        if _is(c, k, "occupation_nouns"):
            found = adjective_agent(c, v + 1, k)
            if found:
                return found[1]
            after = [r for r in c.roles if k < r.mention.first <= k + 2 and state_of(r)]
            return str(state_of(after[0])) if after else None
    return None


def _instrumental_agent(c: Clause, v: int) -> str | None:
    """ "освобождена Азербайджаном": the instrumental after a passive names the taker."""
    for r in c.roles:
        near = v < r.mention.first <= v + 3
        if near and state_of(r) and c.tokens[r.mention.first].has_case("ablt"):
            return str(state_of(r))
    return None


def land_taken(c: Clause) -> list[Draft]:
    lex = c.lex
    if c.has(lex.peacekeepers) or c.has(lex.hypothetical) or c.has(lex.attempt):
        return []
    for v in c.at(lex.capture):
        t = c.tokens[v]
        if negated(c, v) or t.pos == "NOUN" or (v > c.lo and c.tokens[v - 1].lower == "to"):
            continue
        k = _land_word(c, v)
        if k is None:
            continue
        frm = _occupier(c, v)
        to = by_agent(c, v) or _instrumental_agent(c, v)
        to = to or (agent_before(c, v) if k > v else None) or other_side(frm)
        date = c.date_near(v)
        if to is None or date is None:
            continue
        args: dict[str, str | list[str] | None] = {"territory": None, "from": frm, "to": to}
        return [c.draft("TerritoryTransferred", args, "asserted", date)]
    return []
