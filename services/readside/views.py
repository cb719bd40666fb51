"""Valid-time views ("as the world was on day D") of stored read-model documents.

- Territories: the control interval in force on D. An interval whose start is unknown (an
  undated transfer) counts from the day the source reported it; the `from` party's prior
  control counts from the beginning. Peacekeepers present on D likewise.
- Meetings: the status the press gave it on D — derived from the claims published by then.
"""

from __future__ import annotations

from typing import Any

from services.projections.claims import Claim
from services.projections.meeting_status import derive_status


def _start(date: dict[str, Any] | None) -> str | None:
    if date is None:
        return None
    value: str = date["value"]
    return {"day": value, "month": f"{value}-01", "year": f"{value}-01-01"}[date["precision"]]


def _reported(basis: list[str], claims: dict[str, dict[str, Any]]) -> str:
    days = [claims[b]["published"] for b in basis if b in claims and claims[b]["published"]]
    return min(days, default="9999-12-31")


def territory_at(doc: dict[str, Any], day: str) -> dict[str, Any]:
    claims = {c["fact_id"]: c for c in doc["claims"]}
    current = None
    for interval in doc["control"]:
        start = (
            ""
            if interval.get("prior")
            else (_start(interval["since"]) or _reported(interval["basis"], claims))
        )
        if start <= day:
            current = interval
    present = []
    for p in doc["peacekeepers"]:
        start = _start(p["since"]) or _reported(p["basis"][:1], claims)
        end = _start(p["until"])
        if start <= day and (end is None or day < end):
            present.append(p)
    scheduled = [
        {**s, "status": _scheduled_status(s, claims, day)}
        for s in doc["scheduled_transfers"]
        if _reported(s["basis"], claims) <= day
    ]
    return {
        **doc,
        "valid_at": day,
        "controller": current["controller"] if current else None,
        "control_at": current,
        "peacekeepers_present": present,
        "scheduled_transfers": scheduled,
    }


def _scheduled_status(item: dict[str, Any], claims: dict[str, dict[str, Any]], day: str) -> str:
    """completed (a transfer in force by D), overdue (deadline passed) or pending."""
    for fact_id in item["completed_by"]:
        claim = claims.get(fact_id)
        if claim and (_start(claim.get("date")) or claim["published"] or "9999") <= day:
            return "completed"
    deadline = _start(item["deadline"])
    return "overdue" if deadline is not None and deadline < day else "pending"


def meeting_at(meeting: dict[str, Any], day: str) -> dict[str, Any] | None:
    claims = [c for c in meeting["claims"] if (c["published"] or "") <= day]
    if not claims:
        return None
    active = [Claim.model_validate(c) for c in claims]
    status, rule = derive_status([c for c in active if c.active])
    return {**meeting, "valid_at": day, "status": status, "status_rule": rule, "claims": claims}
