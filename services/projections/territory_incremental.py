"""Settling a territory again from where its history changed, not from its first claim.

A `TerritoryDeriver` remembers what it derived last for one territory: the sorted facts,
the corrected claims, the active transfers in date order with where each control interval
began, the peacekeepers per force with where their presence was clean (nothing open). When
the state it is handed extends the one it settled last (the same facts first, more after,
corrections only added: what `record_all` does), the new facts are merged in at their
place and only the intervals and presences from the first changed date on are derived
again; reports in an archive are at most a few days late, so that is the tail. Anything
else (a state parsed again, another territory) is derived from scratch. Either way
`settle` returns exactly what `territories.settle` does (property-tested), so the reducer
stays the pure definition and this is only a cache of its intermediate results.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from operator import itemgetter
from typing import Any

from services.projections.claims import Claim
from services.projections.corrections import Correction, apply_corrections
from services.projections.territory_models import ControlInterval, Territory, TerritoryFact
from services.projections.territory_rules import (
    _control_from,
    _peacekeeper_fold,
    _scheduled_from,
    _when,
    derive,
)

Key = tuple[str, str, int, str]


def _order(fact: TerritoryFact) -> tuple[str, int, str]:
    return fact.claim.order_key()


class _Sorted:
    """Items kept in key order, with their keys beside them (bisect on the keys)."""

    def __init__(self) -> None:
        self.keys: list[Any] = []
        self.items: list[Any] = []

    def insert(self, key: Any, item: Any) -> int:
        at = bisect_right(self.keys, key)
        self.keys.insert(at, key)
        self.items.insert(at, item)
        return at

    def append(self, key: Any, item: Any) -> None:  # only in key order
        self.keys.append(key)
        self.items.append(item)

    def remove(self, key: Any) -> int:
        at = bisect_left(self.keys, key)
        del self.keys[at], self.items[at]
        return at


class _Force:
    """One force's active deployments and withdrawals, and the presences derived from them;
    `clean[i]`: the item index where the fold held nothing open, with presences made so far."""

    def __init__(self) -> None:
        self.facts = _Sorted()
        self.presences: list[Any] = []
        self.clean: list[tuple[int, int]] = [(0, 0)]

    def refold(self, changed_at: int) -> None:
        at = bisect_right(self.clean, (changed_at, len(self.presences) + 1)) - 1
        start, made = self.clean[at]
        del self.clean[at + 1 :]
        del self.presences[made:]
        _peacekeeper_fold(self.facts.items, start, self.presences, self.clean)


class TerritoryDeriver:
    def __init__(self) -> None:
        self._reset()

    def _reset(self) -> None:
        self._last: Territory | None = None
        # derived from scratch last time: the lists are built from it when first needed,
        # so a rebuild that settles mostly new facts every time never pays for them
        self._pending: tuple[Any, ...] | None = None
        self._clear()

    def _clear(self) -> None:
        self._by_id: dict[str, TerritoryFact] = {}  # fact id -> fact as recorded
        self._active: dict[str, TerritoryFact] = {}  # fact id -> corrected, if it counts
        self._fixes: dict[str, Correction] = {}  # fact id -> the correction that applies
        self._done = _Sorted()  # active transfers by `_when`
        self._done_ids = _Sorted()  # their fact ids, the same way
        self._to_party: dict[str, _Sorted] = {}  # the same ids per party they go to
        self._starts: list[int] = []  # where in `_done` each control interval began
        self._control: list[ControlInterval] = []
        self._scheduled = _Sorted()
        self._forces: dict[str, _Force] = {}

    def settle(self, state: Territory) -> Territory:
        """`territories.settle(state)`, derived again only from where it changed."""
        last = self._last
        if last is None or not self._extends(last, state):
            self._reset()
            last = Territory(key=state.key, territory=state.territory)
        fixes = {c.fact_id: c for c in state.corrections}  # as apply_corrections picks
        if len(state.facts) > 2 * len(last.facts):  # mostly new (a first settle, a rebuild)
            facts = tuple(sorted(state.facts, key=_order))
            corrected = apply_corrections(facts, state.corrections)
            self._reset()
            self._last = derive(state.model_copy(update={"facts": facts}), corrected)
            self._pending = (facts, corrected, fixes)
            return self._last
        if self._pending is not None:
            self._bulk(*self._pending)
            self._pending = None
        new = sorted(state.facts[len(last.facts) :], key=_order)
        facts, claims = self._merge(last, new, fixes, state)
        control = tuple(self._control)
        out = state.model_copy(
            update={
                "facts": facts,
                "controller": control[-1].controller if control else None,
                "control": control,
                "scheduled_transfers": _scheduled_from(
                    self._scheduled.items,
                    tuple(self._done_ids.items),
                    {p: ids.items for p, ids in self._to_party.items()},
                ),
                "peacekeepers": self._peacekeepers(),
                "claims": claims,
            }
        )
        self._last = out
        return out

    def _merge(
        self,
        last: Territory,
        new: list[TerritoryFact],
        fixes: dict[str, Correction],
        state: Territory,
    ) -> tuple[tuple[TerritoryFact, ...], tuple[Claim, ...]]:
        """The new facts merged in at their place; derived again from the first change."""
        first = bisect_left(last.facts, _order(new[0]), key=_order) if new else len(last.facts)
        facts = (*last.facts[:first], *sorted((*last.facts[first:], *new), key=_order))
        refixed = [i for i, c in fixes.items() if self._fixes.get(i) != c and i in self._by_id]
        self._fixes = fixes
        for fact in new:
            self._by_id[fact.claim.fact_id] = fact
        changed = [fact.claim.fact_id for fact in new] + refixed
        # the claims keep the facts' order: the same up to the first fact that changed
        first = min(
            [first, *(bisect_left(facts, _order(self._by_id[i]), key=_order) for i in refixed)]
        )
        corrected = apply_corrections(facts[first:], state.corrections)
        claims = (*last.claims[:first], *(f.claim for f in corrected))
        self._update(changed, {f.claim.fact_id: f for f in corrected})
        return facts, claims

    def _bulk(
        self,
        facts: tuple[TerritoryFact, ...],
        corrected: tuple[TerritoryFact, ...],
        fixes: dict[str, Correction],
    ) -> None:
        """The derived lists from scratch, each sorted once."""
        self._clear()
        self._by_id = {f.claim.fact_id: f for f in facts}
        self._fixes = fixes
        active = [f for f in corrected if f.claim.active]
        self._active = {f.claim.fact_id: f for f in active}
        for key, fact in sorted(((_when(f), f) for f in active), key=itemgetter(0)):
            kind, fact_id = fact.claim.kind, fact.claim.fact_id
            if kind == "TerritoryTransferred":
                self._done.append(key, fact)
                self._done_ids.append(key, fact_id)
                if fact.to_party is not None:
                    self._to_party.setdefault(fact.to_party.id, _Sorted()).append(key, fact_id)
            elif kind == "TerritoryTransferScheduled":
                self._scheduled.append(key, fact)
            if fact.force is not None:
                self._forces.setdefault(fact.force.id, _Force()).facts.append(key, fact)
        self._control, self._starts = _control_from(self._done.items, 0, has_before=False)
        for force in self._forces.values():
            force.refold(0)

    def _extends(self, last: Territory, state: Territory) -> bool:
        n = len(last.facts)
        return (
            state.key == last.key
            and len(state.facts) >= n
            and state.facts[:n] == last.facts  # identical objects: compared by identity first
            and set(last.corrections) <= set(state.corrections)
        )

    def _update(self, changed: list[str], corrected: dict[str, TerritoryFact]) -> None:
        """Take each changed fact out of the derived lists, put its corrected self back in
        if it counts, and derive again from the earliest place touched."""
        done_at: int | None = None
        forces: dict[str, int] = {}
        for fact_id in changed:
            old = self._active.pop(fact_id, None)
            fact = corrected[fact_id]
            now = fact if fact.claim.active else None
            if now is not None:
                self._active[fact_id] = now
            for version, put in ((old, False), (now, True)):
                if version is None:
                    continue
                kind, key = version.claim.kind, _when(version)
                if kind == "TerritoryTransferred":
                    at = self._done.insert(key, version) if put else self._done.remove(key)
                    done_at = at if done_at is None else min(done_at, at)
                    ids = [self._done_ids]
                    if version.to_party is not None:
                        ids.append(self._to_party.setdefault(version.to_party.id, _Sorted()))
                    for sorted_ids in ids:
                        if put:
                            sorted_ids.insert(key, fact_id)
                        else:
                            sorted_ids.remove(key)
                elif kind == "TerritoryTransferScheduled":
                    if put:
                        self._scheduled.insert(key, version)
                    else:
                        self._scheduled.remove(key)
                if version.force is not None:
                    force = self._forces.setdefault(version.force.id, _Force())
                    at = force.facts.insert(key, version) if put else force.facts.remove(key)
                    forces[version.force.id] = min(forces.get(version.force.id, at), at)
        if done_at is not None:
            self._refold_control(done_at)
        for force_id, at in forces.items():
            self._forces[force_id].refold(at)

    def _refold_control(self, changed_at: int) -> None:
        # the last interval that began strictly before the change: the ones before it end
        # where the next began, on facts that did not change (see _control_from)
        keep = bisect_left(self._starts, changed_at) - 1
        if keep < 1:
            keep = 0
        start = self._starts[keep] if keep else 0
        del self._starts[keep:], self._control[keep:]
        built, starts = _control_from(self._done.items, start, has_before=keep > 0)
        self._control += built
        self._starts += starts

    def _peacekeepers(self) -> tuple[Any, ...]:
        # forces in the order of their first fact by `_when`, as the full derivation meets them
        forces = sorted(
            (f for f in self._forces.values() if f.facts.keys), key=lambda f: f.facts.keys[0]
        )
        return tuple(p for f in forces for p in f.presences)
