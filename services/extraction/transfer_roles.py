"""Who gives and who takes a territory: the roles around a transfer verb, read from case,
prepositions and the states of adjectives, agents and receivers (rules_transfers.py)."""

from __future__ import annotations

from .cues import Role
from .gazetteer import state_named
from .lexicon import adjective_states, role_names, table
from .rules import Clause

EN_TO = frozenset({"to"})
EN_FROM = frozenset({"by", "from"})
RU_FROM = frozenset({"от", "у"})
AGENT_REACH = 3  # tokens before a capture where its subject or possessor stands


def state_of(role: Role) -> str | None:
    e = role.mention.entity
    if e.kind == "state":
        return e.name
    if e.kind in ("organisation", "person", "force") or (e.kind == "place" and not role.as_place):
        return e.state
    return None


def adjective_agent(c: Clause, lo: int, hi: int) -> tuple[int, str] | None:
    """ "азербайджанская армия", "Azerbaijani forces": the state of an adjective (and where)."""
    for k in range(hi - 1, lo - 1, -1):
        t = c.tokens[k]
        state = adjective_states().get(t.lemma) or adjective_states().get(t.lower)
        if state:
            return k, state
    return None


def agent_before(c: Clause, v: int) -> str | None:
    """The nearest state-bearing subject before the verb: a named actor in the nominative
    or an adjective of a state ("Azerbaijani army units entered")."""
    lo = max(c.lo, v - 8)
    found: list[tuple[int, str]] = []
    actors = [r for r in c.roles if lo <= r.mention.first < v and state_of(r)]
    # "the territories ceded by Armenia as troops entered": the agent of a passive is no subject
    actors = [r for r in actors if c.tokens[max(c.lo, r.mention.first - 1)].lower != "by"]
    if actors and nominative_head(c, actors[-1].mention.first):
        found.append((actors[-1].mention.last, str(state_of(actors[-1]))))
    adjective = adjective_agent(c, lo, v)
    if adjective:
        found.append(adjective)
    return max(found)[1] if found else None


def nominative_head(c: Clause, first: int) -> bool:
    """The actor is the subject, or the genitive after one ("пограничная служба Азербайджана")."""
    if c.tokens[first].nominative:
        return True
    head = c.tokens[first - 1] if first > c.lo else None
    return head is not None and head.pos == "NOUN" and head.nominative


def nominal(c: Clause, v: int) -> bool:
    """ "передача", "the handover of": a noun has no agent of its own."""
    before = c.tokens[v - 1].lower if v else ""
    return c.tokens[v].pos == "NOUN" or before in ("the", "a", "its", "their")


def agent_after(c: Clause, v: int) -> str | None:
    """ "туда вошли азербайджанские военные": the subject after the verb."""
    found = adjective_agent(c, v + 1, min(c.hi, v + 4))
    return found[1] if found else None


def receiver_of(c: Clause, v: int, language: str) -> str | None:
    hi = min(c.hi, v + 12)
    # Russian word order is free: "Азербайджану будет возвращен район" names it before
    lo = max(c.lo, v - 4) if language == "ru" else v + 1
    for r in c.roles:
        first = r.mention.first
        capital = r.mention.entity.state if r.kind == "place" and first else None
        if capital and language == "en" and first > v and c.tokens[first - 1].lower in EN_TO:
            return capital  # "handed over to Baku": the capital stands for its state
        if not (lo <= first < hi) or first == v or not state_of(r):
            continue
        if first < v and c.tokens[first].text.isupper():
            continue  # "Агдамский район НКР будет возвращен": an indeclinable owner, no dative
        before = c.tokens[first - 1].lower
        k = first - 1
        while k > v and c.tokens[k].lower in ("the", "republic", "of"):
            k -= 1  # "to the Republic of Azerbaijan"
        if language == "en" and c.tokens[k].lower in EN_TO:
            return state_of(r)
        # the head noun carries the case ("Азербайджанской Республике": the adjective is ambiguous)
        head = c.tokens[r.mention.last]
        dative = any(t.has_case("datv") and t.cases != "*" for t in (c.tokens[first], head))
        if language == "ru" and before not in RU_FROM and (dative or before == "к"):
            return state_of(r)
    for k in range(v + 1, hi):  # "азербайджанской стороне", "to the Azerbaijani side"
        t = c.tokens[k]
        state = adjective_states().get(t.lemma) or adjective_states().get(t.lower)
        if state is None:
            continue
        if language == "ru" and t.has_case("datv") and t.cases != "*":
            return state
        if language == "en" and "to" in {x.lower for x in c.tokens[max(v, k - 2) : k]}:
            return state
    control = [
        i for i, t in enumerate(c.tokens[c.lo : c.hi], c.lo) if t.lemma in ("контроль", "control")
    ]
    for i in control:
        after = [r for r in c.roles if 0 < r.mention.first - i <= 2 and state_of(r)]
        if after:
            return state_of(after[0])
        adjective = adjective_agent(c, max(c.lo, i - 3), i)
        if adjective:
            return adjective[1]
    return None


def giver_of(c: Clause, v: int, language: str) -> str | None:
    for r in c.roles:
        first = r.mention.first
        if first <= v or first - v > 14 or not state_of(r):
            continue
        before = c.tokens[first - 1].lower
        if before in (EN_FROM if language == "en" else RU_FROM):
            return state_of(r)
    for k in range(v + 1, min(c.hi - 1, v + 14)):  # "by the Armenian military"
        if c.tokens[k].lower in (EN_FROM if language == "en" else RU_FROM):
            found = adjective_agent(c, k + 1, min(c.hi, k + 3))
            if found:
                return found[1]
    return None


def implied_receiver(c: Clause, capture: list[int]) -> str | None:
    """ "освобождённые сёла", "liberated villages": the word says who took them."""
    words = table("implied_receiver")
    for i in capture:
        for key in (c.tokens[i].lemma, c.tokens[i].lower):
            if key in words:
                return str(words[key])
    return None


def other_side(state: str | None) -> str | None:
    sides = sorted(role_names("border_sides"))
    if state in sides and len(sides) == 2:
        return sides[1 - sides.index(state)]
    return None


def claimant_side(claimed: list[str]) -> str | None:
    """The side a claimant speaks for (Baku's ministry: Azerbaijan), if it is one."""
    state = state_named(claimed[0]) if claimed else None
    return state if state in role_names("border_sides") else None


def gerund_subject(c: Clause, v: int) -> str | None:
    """ "the Azerbaijani forces attacked the border of Armenia, conquering territory", "войска
    перешли границу, захватив участок": a participle set off by a comma shares the subject of
    the main clause, the first state-bearing actor of the sentence, not an object before it."""
    t = c.tokens[v]
    gerund = t.pos == "GRND" or (t.lower.isascii() and t.lower.endswith("ing"))
    if not gerund or v - 1 < c.lo or c.tokens[v - 1].lower != ",":
        return None
    actors = [
        (r.mention.first, str(state_of(r)))
        for r in c.roles
        if c.lo <= r.mention.first < v and state_of(r) and nominative_head(c, r.mention.first)
    ]
    for k in range(c.lo, v):
        state = adjective_states().get(c.tokens[k].lemma) or adjective_states().get(
            c.tokens[k].lower
        )
        if state:
            actors.append((k, state))
    return min(actors)[1] if actors else None


def by_agent(c: Clause, i: int) -> str | None:
    """ "the region occupied by Azerbaijan", "its seizure by Azerbaijan": the state named
    after "by" is the taking's agent."""
    if i + 2 >= c.hi or c.tokens[i + 1].lower != "by":
        return None
    k = i + 3 if c.tokens[i + 2].lower == "the" else i + 2
    return next((r.name for r in c.roles if r.kind == "state" and r.mention.first == k), None)


def taken_by_a_state(c: Clause, i: int) -> bool:
    """ "peacekeepers left the region occupied by Azerbaijan": a taking whose agent is a state
    named after "by" is that state's, whatever peacekeepers the sentence also names."""
    return by_agent(c, i) is not None


def side_takes(c: Clause, i: int, keepers: list[int]) -> bool:
    """ "peacekeepers left after Azerbaijan's recapture of the region", "saw Azerbaijani forces
    seize": a capture whose own subject or possessor (a warring side, named after the last
    peacekeeper word) stands right before it is that side's taking, not the force's."""
    lo = max([c.lo, i - AGENT_REACH] + [k + 1 for k in keepers if k < i])
    sides = role_names("border_sides")
    named = [r for r in c.roles if lo <= r.mention.first < i and state_of(r) in sides]
    adjective = adjective_agent(c, lo, i)
    return bool(named) or (adjective is not None and adjective[1] in sides)
