"""Small builders of events for tests."""

from __future__ import annotations

from contracts.common import EntityRef, PartialDate
from contracts.envelope import Event, new_event
from contracts.facts import HostilitiesReported, MeetingAnnounced, StatementMade


def person(name: str) -> EntityRef:
    return EntityRef.named(name, "person")


def place(name: str) -> EntityRef:
    return EntityRef.named(name, "place")


def announced(stream: str = "article:a", day: str = "2021-11-26", n: int = 0) -> Event:
    data = MeetingAnnounced(
        participants=(person("Vladimir Putin"), person(f"Guest {n}")),
        place=place("Sochi"),
        date=PartialDate.parse(day),
    )
    return new_event(data, stream_id=stream)


def statement(stream: str = "article:a", n: int = 0) -> Event:
    return new_event(StatementMade(speaker=person(f"Speaker {n}")), stream_id=stream)


def clash(stream: str = "article:b", n: int = 0) -> Event:
    data = HostilitiesReported(location=place(f"Village {n}"), date=PartialDate.parse("2021-11"))
    return new_event(data, stream_id=stream)
