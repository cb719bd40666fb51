"""Who a clause names beside a deal without being its party (rules_agreements.py): the host
of the talks it was reached at ("talks hosted by X", "at the invitation of X", "по приглашению
X"). The corpus README: the mediator is not a party; the guide: a host is a participant of the
meeting, not a party of the deal reached there."""

from __future__ import annotations

from .lexicon import word_list
from .rules import Clause, _states

HOST_REACH = 5  # "hosted by European Council President Charles Michel"


def _marker_ends(c: Clause) -> list[int]:
    """Where a host marker ends (the index of its last word)."""
    out = []
    for phrase in word_list("host_markers"):
        words = phrase.split()
        for k in range(c.lo, c.hi - len(words) + 1):
            toks = c.tokens[k : k + len(words)]
            if all(w in (t.lower, t.lemma) for w, t in zip(words, toks, strict=True)):
                out.append(k + len(words) - 1)
    return out


def hosts(c: Clause) -> list[str]:
    """The states of whoever the clause names right after a host marker."""
    ends = _marker_ends(c)
    roles = [r for r in c.inside() if not r.as_place]
    return _states([r for r in roles for m in ends if 0 < r.mention.first - m <= HOST_REACH], set())


def without_hosts(c: Clause, parties: list[str]) -> list[str]:
    """The parties less the hosts, when two parties remain (a host who signs with one other
    side stays a party: "Russia, at whose invitation the talks were held, signed with X")."""
    named = hosts(c)
    out = [p for p in parties if p not in named]
    return out if len(out) >= 2 else parties
