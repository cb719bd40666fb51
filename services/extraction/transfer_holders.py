"""The side that held land before it changed hands (hos10): "районы, которые находились под
контролем НКР", "Kalbajar, which had been under Armenian control since 1993". A verb of being
before "under ... control" tells a state of affairs: its holder is the transfer's `from`, and a
date inside it ("since 1993") dates the holding, not the transfer (the guide: a state of
affairs is no transfer)."""

from __future__ import annotations

from .dates import DateMention
from .lexicon import adjective_states
from .rules import Clause
from .transfer_roles import state_of
from .transfer_words import words


def _holding_at(c: Clause) -> int | None:
    """Index of "под" / "under" after a verb of being, with "control" within three words."""
    being, under = words("holding_verbs"), words("holding_prepositions")
    controls = words("holding_nouns")
    for k in range(c.lo + 1, c.hi - 1):
        if c.tokens[k].lower not in under:
            continue
        if not any(t.lemma in being or t.lower in being for t in c.tokens[max(c.lo, k - 2) : k]):
            continue
        if any(t.lower in controls for t in c.tokens[k + 1 : min(c.hi, k + 4)]):
            return k
    return None


def former_holder(c: Clause) -> tuple[str, int] | None:
    """The side whose control the clause tells as a state of affairs, and where it starts."""
    k = _holding_at(c)
    if k is None:
        return None
    span = range(k + 1, min(c.hi, k + 6))
    for r in c.roles:
        if r.mention.first in span and state_of(r):
            return str(state_of(r)), k
    for i in span:  # "under Armenian control", "под армянским контролем"
        t = c.tokens[i]
        state = adjective_states().get(t.lemma) or adjective_states().get(t.lower)
        if state:
            return state, k
    return None


def dates_the_holding(c: Clause, at: int, date: DateMention) -> bool:
    """ "under Armenian control since 1993": the date within the holding phrase."""
    end = c.tokens[min(c.hi - 1, at + 8)].end
    return c.tokens[at].start <= date.start < end
