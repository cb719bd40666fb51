"""Settling a meeting group again only where its new claims land, not from its first claim.

A `MeetingDeriver` remembers what it derived last for one group: the sorted facts, each
fact's corrected form, the group's date index (its distinct dates and postponement links,
the input of the clustering: its size is the group's dates, not its claims), each date
cluster's root and facts, where each undated claim went, and the meetings by root. When the
state it is handed extends the one it settled last (the same facts first, more after,
corrections only added: what `record_all` does), the clustering is run again only if the
index grew, and only the meetings whose claims changed are derived again: those the new
or corrected claims land in, and every cluster whose dates changed (a claim that joins two
clusters merges them; a new first day of a month moves the month). Anything else (a state
parsed again, a first settle, mostly new facts) is derived from scratch by
`meetings.settle`. Either way `settle` returns exactly what `meetings.settle` does
(property-tested), so the reducer stays the pure definition and this is only a cache.
"""

from __future__ import annotations

import operator
from bisect import bisect_right

from contracts.common import PartialDate
from services.projections import meetings
from services.projections.clustering import (
    _cluster_dates,
    _home_for,
    _meeting,
    _node_dates,
    _same_claims,
    _sort_key,
)
from services.projections.corrections import Correction
from services.projections.meeting_models import Meeting, MeetingFact, MeetingGroup

Sig = tuple[bool, str | None, str | None]


def _order(fact: MeetingFact) -> tuple[str, int, str]:
    return fact.claim.order_key()


def _sig(fact: MeetingFact) -> Sig:
    """What the clustering reads of a fact: its dates and whether it links them."""
    prev = fact.previous_date.value if fact.previous_date is not None else None
    date = fact.date.value if fact.date is not None else None
    return (fact.claim.kind == "MeetingPostponed" and date is not None, prev, date)


def _corrected(fact: MeetingFact, c: Correction | None) -> MeetingFact:
    # as apply_corrections does it, one fact at a time
    if c is None:
        return fact
    claim = fact.claim.model_copy(
        update={
            "retracted": c.replacement_id is None,
            "superseded_by": c.replacement_id,
            "correction_reason": c.reason,
        }
    )
    return fact.model_copy(update={"claim": claim})


def _by_id(corrections: tuple[Correction, ...]) -> dict[str, Correction]:
    return {c.fact_id: c for c in corrections}


class MeetingDeriver:
    def __init__(self) -> None:
        self._last: MeetingGroup | None = None
        self._indexed = False  # the index below describes _last (built when first needed)

    def settle(self, state: MeetingGroup) -> MeetingGroup:
        last = self._last
        n = len(last.facts) if last is not None else 0
        if (
            last is None
            or state.key != last.key
            or state.participants is not last.participants
            or 2 * (len(state.facts) - n) > n  # mostly new: the plain derivation is cheaper
            or not set(last.corrections) <= set(state.corrections)
            or not all(map(operator.is_, state.facts[:n], last.facts))
        ):
            self._last = meetings.settle(state)
            self._indexed = False
            return self._last
        if not self._indexed:
            self._index(last)
        out = self._extend(state, state.facts[n:])
        self._last = out
        return out

    def _index(self, done: MeetingGroup) -> None:
        """Build what the incremental path keeps from a settled group."""
        self._keys = [_order(f) for f in done.facts]
        self._facts = list(done.facts)
        self._fixes = _by_id(done.corrections)
        self._corr = {
            f.claim.fact_id: _corrected(f, self._fixes.get(f.claim.fact_id)) for f in done.facts
        }
        self._reps: dict[Sig, MeetingFact] = {}
        self._by_value: dict[str, list[str]] = {}
        self._undated: list[str] = []
        for fact in done.facts:
            self._file(fact)
        self._cluster()
        self._home: dict[str, str] = {}
        self._place_undated(self._undated)
        prefix = len(done.key) + 1
        self._meetings: dict[str, Meeting] = {m.id[prefix:]: m for m in done.meetings}
        self._indexed = True

    def _file(self, fact: MeetingFact) -> bool:
        """Record a fact in the date index; True when the index grew (clusters may move)."""
        own = _node_dates(fact)
        fid = fact.claim.fact_id
        if own:
            self._by_value.setdefault(own[-1].value, []).append(fid)
        else:
            self._undated.append(fid)
        sig = _sig(fact)
        if sig in self._reps:
            return False
        self._reps[sig] = fact
        return True

    def _cluster(self) -> None:
        roots, dates = _cluster_dates(tuple(self._reps.values()))
        self._roots: dict[str, str] = roots
        self._dates: dict[str, PartialDate] = dates
        self._values: dict[str, list[str]] = {}
        for value, root in roots.items():
            self._values.setdefault(root, []).append(value)
        self._root_dates = {roots[v]: dates[roots[v]] for v, ids in self._by_value.items() if ids}

    def _place_undated(self, ids: list[str]) -> set[str]:
        """Home the given undated facts; the roots they left or joined."""
        touched: set[str] = set()
        for fid in ids:
            home = _home_for(self._corr[fid], self._root_dates)
            before = self._home.get(fid)
            if before != home:
                touched.update(r for r in (before, home) if r is not None)
                self._home[fid] = home
        return touched

    def _root_of(self, fid: str) -> str:
        own = _node_dates(self._corr[fid])
        return self._roots[own[-1].value] if own else self._home[fid]

    def _extend(self, state: MeetingGroup, new: tuple[MeetingFact, ...]) -> MeetingGroup:
        touched: set[str] = set()
        fixes = _by_id(state.corrections)
        refixed = [i for i, c in fixes.items() if self._fixes.get(i) != c and i in self._corr]
        self._fixes = fixes
        for fid in refixed:
            self._corr[fid] = _corrected(self._corr[fid], fixes[fid])
        grew = False
        new_undated: list[str] = []
        for fact in sorted(new, key=_order):
            key = _order(fact)
            if not self._keys or key > self._keys[-1]:
                self._keys.append(key)
                self._facts.append(fact)
            else:
                at = bisect_right(self._keys, key)
                self._keys.insert(at, key)
                self._facts.insert(at, fact)
            fid = fact.claim.fact_id
            self._corr[fid] = _corrected(fact, fixes.get(fid))
            grew = self._file(fact) or grew
            if not _node_dates(fact):
                new_undated.append(fid)
        old_roots, old_root_dates = self._roots, self._root_dates
        if grew:
            self._cluster()
            for value, root in self._roots.items():
                before = old_roots.get(value)
                if before != root:
                    touched.add(root)
                    if before is not None:
                        touched.add(before)
        else:  # no new date value, but a value's first fact may still have arrived
            self._root_dates = {
                self._roots[v]: self._dates[self._roots[v]]
                for v, ids in self._by_value.items()
                if ids
            }
        if self._root_dates.keys() != old_root_dates.keys():
            touched |= self._place_undated(self._undated)
        else:
            touched |= self._place_undated(new_undated)
        for fact in new:
            touched.add(self._root_of(fact.claim.fact_id))
        for fid in refixed:
            touched.add(self._root_of(fid))
        for root in touched:
            self._derive(state, root)
        order = sorted(self._meetings, key=lambda r: _sort_key(r, self._root_dates))
        return state.model_copy(
            update={
                "facts": tuple(self._facts),
                "meetings": tuple(self._meetings[r] for r in order),
            }
        )

    def _derive(self, state: MeetingGroup, root: str) -> None:
        ids = [i for v in self._values.get(root, ()) for i in self._by_value.get(v, ())]
        ids += [i for i, home in self._home.items() if home == root]
        group = sorted((self._corr[i] for i in ids), key=_order)
        if not group:
            self._meetings.pop(root, None)
            return
        before = self._meetings.get(root)
        if before is None or not _same_claims(before.claims, group):
            self._meetings[root] = _meeting(state.key, state.participants, root, group)
