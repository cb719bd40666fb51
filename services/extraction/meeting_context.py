"""One meeting, several sentences: a place or date told once belongs to every mention.

After merging, a meeting fact without a place (or date) takes it from another fact of the same
kind about the same meeting: one whose participants overlap it in at least two names, or which
names all of its participants (the sideline pairs of a trilateral summit).
"""

from __future__ import annotations

from .discourse import Draft


def _people(d: Draft) -> set[str]:
    value = d.args.get("participants")
    return {str(p) for p in value} if isinstance(value, list) else set()


def _same_meeting(a: Draft, b: Draft) -> bool:
    if a.another_occasion or b.another_occasion:
        return False  # "the previous meeting" is another occasion
    pa, pb = _people(a), _people(b)
    where_a, where_b = a.args.get("place"), b.args.get("place")
    if where_a and where_b and where_a != where_b:
        return False  # "in Moscow next week, ahead of the June 1 meeting in Chisinau"
    return a.kind == b.kind and len(pa & pb) >= 2 and (pa <= pb or pb <= pa)


def _exact(donor: Draft, name: str) -> bool:
    # "the first meeting since the attack weeks ago" gives a month: the news day is better
    return name != "date" or donor.date is None or donor.date.precision == "day"


def share_meeting_details(facts: list[Draft]) -> None:
    meetings = [d for d in facts if d.kind in ("MeetingHeld", "MeetingAnnounced")]
    _date_cancelled(facts)
    for d in meetings:
        for name in ("place", "date"):
            if d.args.get(name):
                continue
            donor = next(
                (
                    o
                    for o in meetings
                    if o is not d and o.args.get(name) and _same_meeting(d, o) and _exact(o, name)
                ),
                None,
            )
            if donor is not None:
                d.args[name] = donor.args[name]
                if name == "date":
                    d.date = donor.date


def _date_cancelled(facts: list[Draft]) -> None:
    """A cancelled meeting is dated by the day it was announced for (when it had one)."""
    announced = [d for d in facts if d.kind == "MeetingAnnounced" and d.args.get("date")]
    for d in facts:
        if d.kind != "MeetingCancelled" or d.args.get("date"):
            continue
        donor = next((a for a in announced if _people(a) == _people(d)), None)
        if donor is not None:
            d.args["date"], d.date = donor.args["date"], donor.date


def drop_plans_of_todays_meeting(facts: list[Draft], today: str) -> list[Draft]:
    """ "Трехсторонняя встреча ... на ней будут обсуждаться": an undated plan for the meeting
    the article reports as held today is that meeting's agenda, not another meeting."""
    held_today = [
        _people(d) for d in facts if d.kind == "MeetingHeld" and d.args.get("date") == today
    ]
    return [
        d
        for d in facts
        if not (
            d.kind == "MeetingAnnounced"
            and not d.args.get("date")
            and not d.another_occasion
            and any(people and _people(d) == people for people in held_today)
        )
    ]


def drop_held_that_did_not_happen(facts: list[Draft], today: str) -> list[Draft]:
    """ "Планируемая встреча ... не состоится": a meeting the article calls off or denies was
    not held today or later (an earlier meeting of the same people stands)."""
    off = [
        _people(d)
        for d in facts
        if d.kind in ("MeetingCancelled", "MeetingDenied", "MeetingPostponed")
    ]
    return [
        d
        for d in facts
        if not (
            d.kind == "MeetingHeld"
            and str(d.args.get("date") or today) >= today
            # the called-off meeting's people all at this table (a smaller meeting that
            # did take place, "Lavrov met Bayramov" without Mirzoyan, stands)
            and any(len(people) >= 2 and people <= _people(d) for people in off)
        )
    ]
