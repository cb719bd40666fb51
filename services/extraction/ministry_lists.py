"""Ministries of a list of states ("в министерствах обороны Армении и Азербайджана заявили",
"the foreign ministries of Armenia and Azerbaijan said"): each state's ministry speaks, so the
states of the list are read as their ministries (the guide: one StatementMade per speaker)."""

from __future__ import annotations

from collections.abc import Callable

from .cues import Role
from .gazetteer_model import Entity, Mention
from .institutions import periphrases
from .lexicon import word_list
from .text import Token


def ministry_lists(
    tokens: tuple[Token, ...], roles: list[Role], institution: Callable[[str, str], Entity | None]
) -> list[Role]:
    """The roles with every state listed right after a plural ministry phrase replaced by that
    state's ministry; the first one's mention starts at the phrase."""
    joiners = word_list("list_joiners")
    lowered = [t.lower for t in tokens]
    lemmas = [t.lemma.lower() for t in tokens]
    out = list(roles)
    for phrase, office in periphrases().get("ministry_lists", {}).items():
        words = phrase.lower().split()
        n = len(words)
        for k in range(len(tokens) - n + 1):
            if words not in (lowered[k : k + n], lemmas[k : k + n]):
                continue
            if _governed(tokens, k):
                continue  # "главы внешнеполитических ведомств России, Азербайджана и Армении"
            named = _ministry_at(out, k, k + n - 1)
            if named is not None:  # "министерствах обороны Армении" matched as Armenia's
                start = _skip(named.mention.last + 1, tokens, joiners)
                listed = (
                    _listed_states(out, start, tokens, joiners)
                    if start > named.mention.last + 1
                    else []
                )
                k = start
            else:
                listed = _listed_states(out, k + n, tokens, joiners)
                if len(listed) < 2:
                    continue  # one state's ministry is named by the gazetteer
            for index, r in enumerate(listed):
                entity = institution(str(office), str(r.state))
                if entity is None:
                    continue
                first = k if index == 0 else r.mention.first
                mention = Mention(entity, first, r.mention.last, tokens[first].start, r.mention.end)
                out[out.index(r)] = Role(mention, absorbed=False, as_place=False)
    return sorted(out, key=lambda r: r.mention.first)


def _listed_states(
    roles: list[Role], k: int, tokens: tuple[Token, ...], joiners: frozenset[str]
) -> list[Role]:
    """The states named from token k on, joined by commas and "и"/"and" only."""
    by_first = {r.mention.first: r for r in roles}
    listed: list[Role] = []
    while (
        (r := by_first.get(k)) is not None
        and r.kind == "state"
        and r.state
        # "Министерство обороны Армении и Азербайджан обвинили": a nominative is a subject
        and tokens[r.mention.last].has_case("gent")
    ):
        listed.append(r)
        k = _skip(r.mention.last + 1, tokens, joiners)
    return listed


def _governed(tokens: tuple[Token, ...], k: int) -> bool:
    """The ministries are a noun's complement ("heads of the foreign ministries"): its people
    act, not the ministries."""
    before = [t for t in tokens[max(0, k - 2) : k] if t.lower != "the"]
    return bool(before) and (before[-1].lower == "of" or before[-1].pos == "NOUN")


def _skip(k: int, tokens: tuple[Token, ...], joiners: frozenset[str]) -> int:
    while k < len(tokens) and (tokens[k].lower in joiners or tokens[k].lower == "the"):
        k += 1
    return k


def _ministry_at(roles: list[Role], first: int, last: int) -> Role | None:
    """A ministry the gazetteer matched over the phrase and its first state."""
    return next(
        (
            r
            for r in roles
            if r.mention.first == first and r.mention.last > last and r.kind == "organisation"
        ),
        None,
    )
