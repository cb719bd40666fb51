"""The status of a meeting, derived from its active (not retracted) claims.

Rules, first that applies:
- no active claim                      -> "retracted"
- any claim that it was held           -> "held"
- otherwise the latest claim decides, latest by publication date, and on the same date by
  weight: denied < announced < postponed < cancelled (so an official announcement outranks a
  same-day report of an earlier denial, as in the reference article):
  - cancelled -> "cancelled"; postponed -> "postponed"; announced -> "announced";
  - denied -> "disputed" if someone announced it, else "denied".
Denials never erase announcements: every claim stays in the meeting's timeline.
"""

from __future__ import annotations

from services.projections.claims import Claim

WEIGHT = {"MeetingDenied": 0, "MeetingAnnounced": 1, "MeetingPostponed": 2, "MeetingCancelled": 3}
STATUS = {
    "MeetingAnnounced": "announced",
    "MeetingPostponed": "postponed",
    "MeetingCancelled": "cancelled",
}


def derive_status(active: list[Claim]) -> tuple[str, str]:
    if not active:
        return "retracted", "every claim about it was retracted or superseded"
    if any(c.kind == "MeetingHeld" for c in active):
        return "held", "a source reports it took place"
    ranked = [c for c in active if c.kind in WEIGHT]
    latest = max(ranked, key=lambda c: (c.published or "", WEIGHT[c.kind], c.fact_id))
    denials = sum(c.kind == "MeetingDenied" for c in active)
    if latest.kind in STATUS:
        note = f"; {denials} earlier or same-day denial(s) on record" if denials else ""
        return STATUS[latest.kind], f"latest claim: {latest.kind} ({latest.published}){note}"
    if any(c.kind == "MeetingAnnounced" for c in active):
        return "disputed", f"denied ({latest.published}) after it was announced"
    return "denied", f"denied ({latest.published}) and never announced"
