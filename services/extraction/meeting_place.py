"""Where a meeting in a clause takes place: a city, a seat, a border, a country."""

from __future__ import annotations

from .cues import Role
from .meeting_people import seat
from .meeting_venues import border_venue, sides_border
from .rules import Clause


def meeting_place(
    c: Clause, trig: int, inside: list[Role], venues: list[Role], participants: list[str], kind: str
) -> str | None:
    places = [r for r in inside if r.as_place and "city" in r.mention.entity.flags]
    # the city "in" which it happens, nearest the meeting word ("confirmation from Yerevan"
    # is no venue)
    places.sort(
        key=lambda r: (
            c.tokens[r.mention.first - 1].lower not in ("in", "в", "во", "at"),
            abs(r.mention.first - trig),
        )
    )
    place: str | None = places[0].name if places else seat(c, inside) or border_venue(c, inside)
    if place is None and venues:
        place = venues[0].name  # "met in Moldova": a country as the venue
    if place is None and kind in ("MeetingHeld", "MeetingAnnounced"):
        place = sides_border(c, trig, participants)  # "met on the border": the sides' own border
    return place
