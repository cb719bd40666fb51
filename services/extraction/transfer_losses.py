"""Territory changes the guide reads without a verb of taking.

A side admitting a loss: "Shushi is completely out of our control", "город Шуши полностью вне
нашего контроля" — TerritoryTransferred from the admitting side to the side it fights, dated by
the admission's day (which the news day gives when the text gives none). A state that "restored
its sovereignty over its entire territory" after an operation took control: TerritoryTransferred
to it without `territory`."""

from __future__ import annotations

from functools import lru_cache

from .clause_guards import negated
from .dates import DateMention
from .discourse import Draft
from .gazetteer import state_named
from .lexicon import table, word_list
from .rules import Clause
from .transfer_roles import agent_before
from .transfer_territories import territories
from .transfer_words import words


def _loss_at(c: Clause) -> int | None:
    """ "out of (our) control", "вне (нашего) контроля": where the loss is said."""
    control = word_list("lost_control_nouns")
    for k in range(c.lo, c.hi):
        t = c.tokens[k]
        opens = (t.lower == "out" and k + 1 < c.hi and c.tokens[k + 1].lower == "of") or (
            t.lower == "вне"
        )
        if opens and any(x.lemma in control for x in c.tokens[k + 1 : min(c.hi, k + 6)]):
            return k
    return None


def _side(name: str) -> str | None:
    state = state_named(name)
    return state if state in table("opponents") else None


def admitted_losses(c: Clause, claimed: list[str]) -> list[Draft]:
    at = _loss_at(c)
    loser = _side(claimed[0]) if claimed else None
    if at is None or loser is None:
        return lost_control(c)
    taker = str(table("opponents")[loser])
    return [
        c.draft(
            "TerritoryTransferred", {"territory": t.name, "from": loser, "to": taker}, "asserted"
        )
        for t in territories(c, at, 0, 8)
    ] or lost_control(c)


def restored_sovereignty(c: Clause) -> list[Draft]:
    """ "Азербайджан восстановил суверенитет на всей своей территории"."""
    cue = c.at(c.lex.sovereignty_restored)
    if not cue:
        return []
    before = [r for r in c.roles if r.kind == "state" and r.mention.last < cue[0]]
    taker = _side(before[-1].name) if before else None
    if taker is None:
        return []
    args: dict[str, str | list[str] | None] = {
        "territory": None,
        "from": str(table("opponents")[taker]),
        "to": taker,
    }
    return [c.draft("TerritoryTransferred", args, "asserted", c.date_near(cue[0]))]


def lost_control(c: Clause) -> list[Draft]:
    """ "Azerbaijan lost control of Nagorno-Karabakh": from the subject, to the side it fights."""
    at = c.at(loss_cue())
    if not at or negated(c, at[0]):
        return []
    loser = agent_before(c, at[0])
    if loser not in table("opponents"):
        return []
    taker = str(table("opponents")[loser])
    # the verb is two words ("lost control"): the territory follows "control of/над"
    moved = territories(c, at[0] + 1, 8, 0)
    date = c.date_near(at[0]) or _year_of(c)
    return [
        c.draft(
            "TerritoryTransferred",
            {"territory": t.name, "from": loser, "to": taker},
            "asserted",
            date,
        )
        for t in moved
    ]


def _year_of(c: Clause) -> DateMention | None:
    """ "во время конфликта 1992-1994 годов": the first year of a span the dates leave out."""
    for t in c.tokens[c.lo : c.hi]:
        year = t.text[:4]
        spans = len(t.text) == 4 or t.text[4:5] in ("-", "–")
        if year.isdigit() and spans and "1988" <= year <= "2024":
            return DateMention(year, "year", "explicit", t.start, t.start + 4, True)
    return None


@lru_cache(maxsize=1)
def loss_cue() -> frozenset[str | tuple[str, ...]]:
    return frozenset(tuple(w.split()) if " " in w else w for w in words("losses"))
