"""Which claims in a participant group are about the same meeting.

Rules, in order (deterministic for a given set of claims, whatever order they came in):
1. Claims that carry a date are joined by date: equal dates are one meeting; a month or year
   date joins the earliest more precise date it contains; a postponement joins its previous
   date (or, if not given, the latest earlier date in the group) to its new date.
2. Claims without a date (a denial of "a meeting", say) join the meeting whose date is the
   first on or after the claim's publication date, else the latest meeting, else a meeting
   of their own ("undated").
A meeting's id is `<group>@<its most precise, earliest date>` (or `@undated`).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable

from contracts.common import EntityRef, PartialDate
from services.projections.claims import Claim
from services.projections.meeting_models import Meeting, MeetingFact
from services.projections.meeting_status import derive_status

UNDATED = "undated"
_RANK = {"day": 0, "month": 1, "year": 2}


def _node_dates(fact: MeetingFact) -> list[PartialDate]:
    return [d for d in (fact.previous_date, fact.date) if d is not None]


def _cluster_dates(
    facts: tuple[MeetingFact, ...],
) -> tuple[dict[str, str], dict[str, PartialDate]]:
    """Union-find over date values: (date value -> its cluster root, value -> date)."""
    dates = {d.value: d for f in facts for d in _node_dates(f)}
    parent = {v: v for v in dates}

    def find(v: str) -> str:
        while parent[v] != v:
            parent[v] = parent[parent[v]]
            v = parent[v]
        return v

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            # the root names the meeting: the most precise date, then the earliest
            first, second = sorted(
                (ra, rb), key=lambda v: (_RANK[dates[v].precision], dates[v].start(), v)
            )
            parent[second] = first

    precise = sorted((v for v, d in dates.items() if d.precision == "day"), key=str)
    for value, date in dates.items():
        if date.precision != "day":
            # the first precise date inside it: dates with this prefix sort together, from
            # the first one not below it (a bisection, not a scan of the group's dates)
            at = bisect_left(precise, value)
            if at < len(precise) and precise[at].startswith(value):
                union(value, precise[at])
    latest: Callable[[str], str | None] | None = None
    for fact in facts:
        if fact.claim.kind != "MeetingPostponed" or fact.date is None:
            continue
        if fact.previous_date is not None:
            union(fact.previous_date.value, fact.date.value)
            continue
        latest = latest or latest_before(dates)
        earlier = latest(fact.date.start())
        if earlier is not None:
            union(earlier, fact.date.value)
    return {v: find(v) for v in dates}, dates


def latest_before(dates: dict[str, PartialDate]) -> Callable[[str], str | None]:
    """day -> the value of greatest (start, value) among the dates ending before that day
    (None: none does): the postponement rule's "latest earlier date", by bisection over the
    dates sorted by end with a running maximum (was a scan of the group's dates for each
    postponement, a fifth of a bulk catch-up's meeting derivation)."""
    by_end = sorted((d.end(), (d.start(), v)) for v, d in dates.items())
    ends = [end for end, _ in by_end]
    best: list[tuple[str, str]] = []
    for _, key in by_end:
        best.append(key if not best or key > best[-1] else best[-1])

    def latest(day: str) -> str | None:
        at = bisect_left(ends, day)  # the dates ending before `day` come first
        return best[at - 1][1] if at else None

    return latest


def derive_meetings(
    key: str,
    participants: tuple[EntityRef, ...],
    facts: tuple[MeetingFact, ...],
    previous: tuple[Meeting, ...] = (),
) -> tuple[Meeting, ...]:
    """The meetings of a group. `previous`: the meetings derived before; one whose claims
    are unchanged is kept as it is instead of being derived again (the same value)."""
    reusable = {m.id: m for m in previous}
    roots, dates = _cluster_dates(facts)
    members: dict[str, list[MeetingFact]] = defaultdict(list)
    undated: list[MeetingFact] = []
    for fact in facts:
        own = _node_dates(fact)
        if own:
            members[roots[own[-1].value]].append(fact)
        else:
            undated.append(fact)
    root_dates = {root: dates[root] for root in members}
    for fact in undated:
        members[_home_for(fact, root_dates)].append(fact)
    out = []
    for root, group in sorted(members.items(), key=lambda kv: _sort_key(kv[0], root_dates)):
        group.sort(key=lambda f: f.claim.order_key())
        before = reusable.get(f"{key}@{root}")
        if before is not None and _same_claims(before.claims, group):
            out.append(before)
        else:
            out.append(_meeting(key, participants, root, group))
    return tuple(out)


def _same_claims(claims: tuple[Claim, ...], facts: list[MeetingFact]) -> bool:
    """A meeting is derived from its claims alone, and a claim's content from its fact's
    event (one per id in a log) and its correction: compare those, not whole models."""
    return len(claims) == len(facts) and all(
        c.fact_id == f.claim.fact_id
        and c.retracted == f.claim.retracted
        and c.superseded_by == f.claim.superseded_by
        and c.correction_reason == f.claim.correction_reason
        for c, f in zip(claims, facts, strict=True)
    )


def _sort_key(root: str, root_dates: dict[str, PartialDate]) -> tuple[str, str]:
    return (root_dates[root].start(), root) if root in root_dates else ("9999", root)


def _home_for(fact: MeetingFact, root_dates: dict[str, PartialDate]) -> str:
    if not root_dates:
        return UNDATED
    published = fact.claim.published or ""
    later = [r for r, d in root_dates.items() if d.end() >= published]
    pool = later or list(root_dates)
    pick = min if later else max
    return pick(pool, key=lambda r: (root_dates[r].start(), r))


def _meeting(
    key: str, participants: tuple[EntityRef, ...], root: str, facts: list[MeetingFact]
) -> Meeting:
    active = [f for f in facts if f.claim.active]
    status, rule = derive_status([f.claim for f in active])
    date, earlier = _current_date(active or facts)
    return Meeting.model_validate(  # a dict: 3x faster than keywords (see claim_from)
        {
            "id": f"{key}@{root}",
            "participants": participants,
            "place": _place(active or facts),
            "date": date,
            "earlier_dates": earlier,
            "status": status,
            "status_rule": rule,
            "claims": tuple(f.claim for f in facts),
        }
    )


def _current_date(facts: list[MeetingFact]) -> tuple[PartialDate | None, tuple[PartialDate, ...]]:
    """The latest postponement's new date, else the most precise, earliest date claimed."""
    dated = [f for f in facts if f.date is not None]
    if not dated:
        return None, ()
    postponed = [f for f in dated if f.claim.kind == "MeetingPostponed"]
    rank = {"day": 0, "month": 1, "year": 2}
    if postponed:
        current = postponed[-1].date
    else:
        current = min(
            (f.date for f in dated if f.date), key=lambda d: (rank[d.precision], d.start())
        )
    assert current is not None
    others = {d.value: d for f in facts for d in _node_dates(f) if d.value != current.value}
    earlier = tuple(sorted(others.values(), key=lambda d: (d.start(), d.value)))
    return current, earlier


def _place(facts: list[MeetingFact]) -> EntityRef | None:
    counts = Counter(f.place.id for f in facts if f.place is not None)
    if not counts:
        return None
    best = max(counts.items(), key=lambda kv: (kv[1], -_first_index(facts, kv[0])))[0]
    return next(f.place for f in facts if f.place is not None and f.place.id == best)


def _first_index(facts: list[MeetingFact], place_id: str) -> int:
    return next(i for i, f in enumerate(facts) if f.place is not None and f.place.id == place_id)
