"""Who owned the land a transfer moves: a side taking back its own land, and parts of places.

Split from rules_transfers: these read the owner's country and a few words around the place.
"""

from __future__ import annotations

from .cues import Role
from .dates import DateMention
from .lexicon import role_names, word_list
from .rules import Clause
from .transfer_roles import claimant_side


def to_own_control(c: Clause, i: int) -> bool:
    """ "returned X under its control", "вернул X под свой контроль" (apart from the verb)."""
    words = [t.lower for t in c.tokens[i + 1 : min(c.hi, i + 10)]]
    own = word_list("own_control")
    return any(" ".join(words[k : k + n]) in own for k in range(len(words)) for n in (3, 4))


def returns_own(c: Clause, v: int, agent: str | None, moved: list[Role]) -> bool:
    """A side "returning" land that lies in its own country, to nobody named, took it back."""
    if agent is None or c.tokens[v].lemma not in word_list("return_verbs"):
        return False
    return all(t.mention.entity.country == agent for t in moved)


def retaken_by_owner(
    c: Clause, t: Role, date: DateMention | None, claimed: list[str]
) -> str | None:
    """ "Села Забух и Сус были взяты под контроль", "the country's troops entered Aghdam": a
    taking of land in the state that retook its land in 2020-2024, told with no taker named,
    is that state's (not in the 1990s, when the others took it; not when the other side tells
    of it, which says nothing of who took it)."""
    owner = t.mention.entity.country
    if owner not in role_names("retaking_sides") or (date is not None and date.value < "2020"):
        return None
    if part_of(c, t):
        return None  # "взятие под контроль части Физулинского района": not the district
    teller = claimant_side(claimed)
    return None if teller is not None and teller != owner else owner


def part_of(c: Clause, t: Role) -> bool:
    """ "части Физулинского района", "parts of the Fuzuli district": a part, not the place."""
    words = word_list("part_words")
    before = [x.lower for x in c.tokens[max(c.lo, t.mention.first - 3) : t.mention.first]]
    return any(w in words for w in before)
