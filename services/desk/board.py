"""The meetings board: server-side filters and paging over the meeting views, and the
claims of a meeting split into those that say it happens and those that say otherwise."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

STATUSES = ("announced", "denied", "held", "postponed", "cancelled", "disputed")
AFFIRMING = frozenset({"MeetingAnnounced", "MeetingHeld"})
PAGE_SIZE = 50


@dataclass(frozen=True)
class BoardFilter:
    participant: str = ""
    place: str = ""
    status: str = ""
    date_from: str = ""
    date_to: str = ""

    def query(self) -> dict[str, str]:
        return {k: v for k, v in self.__dict__.items() if v}

    def matches(self, meeting: dict[str, Any]) -> bool:
        if self.status and meeting["status"] != self.status:
            return False
        if self.participant and not any(_hit(self.participant, p) for p in meeting["participants"]):
            return False
        if self.place and not _hit(self.place, meeting.get("place")):
            return False
        day = (meeting.get("date") or {}).get("value") or ""
        if self.date_from and (not day or _pad(day, "9") < self.date_from):
            return False
        return not (self.date_to and (not day or _pad(day, "0") > self.date_to))


def _hit(needle: str, entity: dict[str, Any] | None) -> bool:
    """An entity id exactly, or a case-insensitive part of its name."""
    if entity is None:
        return False
    low = needle.strip().lower()
    return entity["id"] == low or low in str(entity["name"]).lower()


def _pad(value: str, digit: str) -> str:
    """A month or year as its first (digit "0") or last (digit "9") possible day, so that a
    meeting known only to the month is kept by any range that overlaps it."""
    if len(value) == 7:
        return f"{value}-01" if digit == "0" else f"{value}-31"
    if len(value) == 4:
        return f"{value}-01-01" if digit == "0" else f"{value}-12-31"
    return value


@dataclass
class Page:
    items: list[dict[str, Any]]
    number: int
    pages: int
    total: int
    counts: dict[str, int] = field(default_factory=dict)


def page_of(meetings: list[dict[str, Any]], flt: BoardFilter, number: int) -> Page:
    chosen = [m for m in meetings if flt.matches(m)]
    counts = {s: 0 for s in STATUSES}
    for meeting in chosen:
        counts[meeting["status"]] = counts.get(meeting["status"], 0) + 1
    pages = max(1, -(-len(chosen) // PAGE_SIZE))
    number = min(max(1, number), pages)
    start = (number - 1) * PAGE_SIZE
    return Page(chosen[start : start + PAGE_SIZE], number, pages, len(chosen), counts)


def split_claims(meeting: dict[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(claims that it happens, claims that it does not happen as announced), each by date."""
    ordered = sorted(meeting["claims"], key=lambda c: (c.get("published") or "", c["fact_id"]))
    return (
        [c for c in ordered if c["kind"] in AFFIRMING],
        [c for c in ordered if c["kind"] not in AFFIRMING],
    )
