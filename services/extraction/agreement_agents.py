"""A document's parties are the agents of its noun: "the statement by Armenia and Azerbaijan",
"the agreement between Baku and Yerevan", "signed by the leaders of X, Y and Z", "соглашение
между Арменией и Азербайджаном". Whoever welcomes, hails or supports the document in the same
sentence is its subject, not its maker (data: data/agreement_agents.toml)."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path

from .agreement_objects import statements
from .rules import Clause, _states

DATA = Path(__file__).parent / "data" / "agreement_agents.toml"


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    with DATA.open("rb") as fh:
        return {k: frozenset(v) for k, v in tomllib.load(fh).items()}


def _said(tok_lower: str, tok_lemma: str, key: str) -> bool:
    words = _words()[key]
    return tok_lower in words or tok_lemma in words


def _opener(c: Clause, noun: int) -> int | None:
    """The preposition of the agent right after the noun, a participle allowed between."""
    k = noun + 1
    if k < c.hi and _said(c.tokens[k].lower, c.tokens[k].lemma, "participles"):
        k += 1
    if k < c.hi and _said(c.tokens[k].lower, c.tokens[k].lemma, "openers"):
        return k
    return None


def document_agents(c: Clause, exclude: set[str]) -> list[str]:
    """The states named in the agent phrase of the clause's document noun (two or more), else
    nothing: the phrase runs over names and list words only."""
    nouns = sorted({*c.at(c.lex.agreement), *statements(c)})
    roles = sorted(c.inside(), key=lambda r: r.mention.first)
    for noun in nouns:
        start = _opener(c, noun)
        if start is None:
            continue
        named = []
        k = start + 1
        while k < c.hi:
            role = next((r for r in roles if r.mention.first == k), None)
            if role is not None:
                named.append(role)
                k = role.mention.last + 1
            elif _said(c.tokens[k].lower, c.tokens[k].lemma, "glue"):
                k += 1
            else:
                break
        states = _states(named, exclude)
        if len(states) >= 2:
            return states
    return []
