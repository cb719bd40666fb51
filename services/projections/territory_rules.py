"""Deriving control intervals, scheduled transfers and peacekeeper presence from claims.

- Completed transfers, ordered by their date (undated ones by when they were reported),
  make the control history: each transfer starts an interval for its `to` party that ends
  where the next transfer starts. The `from` party of the first transfer held it before.
  Consecutive reports of the same handover merge into one interval with every basis kept.
- Scheduled transfers (with deadlines) are kept apart; one is "completed" once a completed
  transfer to the same party is on record, else "pending".
- Peacekeepers: per force, deployments open presence and withdrawals close it.
Only active claims count; corrected ones stay in `claims`, flagged.
"""

from __future__ import annotations

from typing import Any

from contracts.common import EntityRef, PartialDate
from services.projections.territory_models import (
    ControlInterval,
    PeacekeeperPresence,
    ScheduledTransfer,
    Territory,
    TerritoryFact,
)


def _when(fact: TerritoryFact) -> tuple[str, str, int, str]:
    claim = fact.claim
    day = fact.date.start() if fact.date else (claim.published or "")
    return (day, claim.published or "", claim.order_key()[1], claim.fact_id)


def derive(state: Territory, corrected: tuple[TerritoryFact, ...]) -> Territory:
    active = [f for f in corrected if f.claim.active]
    done = sorted((f for f in active if f.claim.kind == "TerritoryTransferred"), key=_when)
    control = _control(done)
    return state.model_copy(
        update={
            "controller": control[-1].controller if control else None,
            "control": tuple(control),
            "scheduled_transfers": _scheduled(active, done),
            "peacekeepers": _peacekeepers(active),
            "claims": tuple(f.claim for f in corrected),
        }
    )


def _control(done: list[TerritoryFact]) -> list[ControlInterval]:
    return _control_from(done, 0, has_before=False)[0]


def _control_from(
    done: list[TerritoryFact], start: int, has_before: bool
) -> tuple[list[ControlInterval], list[int]]:
    """The control intervals from `done[start]` on, and where in `done` each began.
    `has_before`: intervals before `start` are kept as they are; `done[start]` must be
    where one of them began (so it opens a new interval and the one before it already
    ends there: see `territory_incremental.py`)."""
    # built as plain dicts, basis as lists, models made once at the end: merging a repeated
    # report by copying the model and its basis tuple cost the square of the interval's size
    intervals: list[dict[str, Any]] = []
    starts: list[int] = []
    for at in range(start, len(done)):
        fact = done[at]
        if fact.to_party is None:
            continue
        if not intervals and not has_before and fact.from_party is not None:
            intervals.append(
                {
                    "controller": fact.from_party,
                    "since": None,
                    "until": fact.date,
                    "basis": [fact.claim.fact_id],
                    "basis_kind": "TerritoryTransferred",
                    "prior": True,
                }
            )
            starts.append(at)
        last = intervals[-1] if intervals else None
        if last is not None and last["controller"].id == fact.to_party.id:
            last["basis"].append(fact.claim.fact_id)
            last["since"] = _earliest(last["since"], fact.date)
            continue
        if last is not None and last["until"] is None:
            last["until"] = fact.date
        intervals.append(
            {
                "controller": fact.to_party,
                "since": fact.date,
                "until": None,
                "basis": [fact.claim.fact_id],
                "basis_kind": "TerritoryTransferred",
            }
        )
        starts.append(at)
    built = [ControlInterval(**{**i, "basis": tuple(i["basis"])}) for i in intervals]
    return built, starts


def _earliest(a: PartialDate | None, b: PartialDate | None) -> PartialDate | None:
    if a is None or b is None:
        return a or b
    return min(a, b, key=lambda d: (d.start(), d.value))


def _scheduled(
    active: list[TerritoryFact], done: list[TerritoryFact]
) -> tuple[ScheduledTransfer, ...]:
    # the completed transfers to each party, in order: one pass, not one per schedule
    every = tuple(d.claim.fact_id for d in done)
    to_party: dict[str, list[str]] = {}
    for d in done:
        if d.to_party is not None:
            to_party.setdefault(d.to_party.id, []).append(d.claim.fact_id)
    return _scheduled_from(active, every, to_party)


def _scheduled_from(
    active: list[TerritoryFact], every: tuple[str, ...], to_party: dict[str, list[str]]
) -> tuple[ScheduledTransfer, ...]:
    """`every`: the completed transfers' ids by date; `to_party`: the same per party."""
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    completed_to = {party: tuple(ids) for party, ids in to_party.items()}
    for fact in sorted(
        (f for f in active if f.claim.kind == "TerritoryTransferScheduled"), key=_when
    ):
        key = (fact.to_party.id if fact.to_party else "", fact.date.value if fact.date else "")
        completed = every if fact.to_party is None else completed_to.get(key[0], ())
        prior = merged.get(key)  # the latest report of a deadline speaks for it
        basis = prior["basis"] if prior else []
        basis.append(fact.claim.fact_id)
        merged[key] = {
            "to_party": fact.to_party,
            "from_party": fact.from_party,
            "deadline": fact.date,
            "basis": basis,
            "status": "completed" if completed else "pending",
            "completed_by": completed,
        }
    return tuple(ScheduledTransfer(**{**m, "basis": tuple(m["basis"])}) for m in merged.values())


def _peacekeepers(active: list[TerritoryFact]) -> tuple[PeacekeeperPresence, ...]:
    by_force: dict[str, list[TerritoryFact]] = {}
    for fact in sorted((f for f in active if f.force is not None), key=_when):
        assert fact.force is not None
        by_force.setdefault(fact.force.id, []).append(fact)
    out: list[PeacekeeperPresence] = []
    for facts in by_force.values():
        _peacekeeper_fold(facts, 0, out, [])
    return tuple(out)


def _peacekeeper_fold(
    facts: list[TerritoryFact],
    start: int,
    out: list[PeacekeeperPresence],
    clean: list[tuple[int, int]],
) -> None:
    """One force's presences from `facts[start]` on (nothing open before it) into `out`;
    `clean` hears each (index, presences made) where nothing is open again."""
    if not facts:
        return
    force: EntityRef = facts[0].force  # type: ignore[assignment]
    since: PartialDate | None = None
    basis: list[str] | None = None  # the open presence's basis (None: not present)
    for at in range(start, len(facts)):
        fact = facts[at]
        deployed = fact.claim.kind == "PeacekeepersDeployed"
        if deployed and basis is None:
            since, basis = fact.date, [fact.claim.fact_id]
        elif deployed and basis is not None:
            basis.append(fact.claim.fact_id)
        else:
            closed = [*(basis or ()), fact.claim.fact_id]
            out.append(_presence(force, since if basis else None, fact.date, closed, False))
            basis = None
            clean.append((at + 1, len(out)))
    if basis is not None:
        out.append(_presence(force, since, None, basis, True))


def _presence(
    force: EntityRef,
    since: PartialDate | None,
    until: PartialDate | None,
    basis: list[str],
    present: bool,
) -> PeacekeeperPresence:
    return PeacekeeperPresence(
        force=force, since=since, until=until, basis=tuple(basis), present=present
    )
