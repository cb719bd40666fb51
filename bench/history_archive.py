"""A synthetic archive shaped like a real one, for bench_history.py.

Articles (an `ArticleIngested` plus 1-3 facts each) run forward in time over eight years.
Meeting facts go to ~300 participant groups and territory facts to ~100 territories, both
picked with a Zipf-like weight, so a few groups and territories carry most of the history
(the top meeting group holds thousands of claims at 100k events). A meeting claim is about
its group's next meeting after the article's date (announced, held, denied, postponed,
cancelled; some only to the month); about 1% of articles retract an earlier fact.
Deterministic for a given seed: a shorter archive is a prefix of a longer one.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from typing import Any

from contracts.common import EntityRef
from contracts.envelope import Event, new_event
from contracts.lifecycle import FactRetracted
from services.ingest.events_for import ArticleInput, FactInput, build_events

GROUPS = 300
TERRITORIES = 100
LEADERS = 60
PLACES = [f"City {i}" for i in range(25)]
FORCES = ["Russian peacekeepers", "EU monitors", "OSCE observers"]
START = dt.date(2018, 1, 1)
ARTICLES_PER_DAY = 120  # eight years at 1M events
MEETING_KINDS = [
    ("MeetingAnnounced", 40),
    ("MeetingHeld", 35),
    ("MeetingDenied", 10),
    ("MeetingPostponed", 8),
    ("MeetingCancelled", 7),
]


def _zipf_weights(n: int, s: float) -> list[float]:
    return [1 / (rank**s) for rank in range(1, n + 1)]


class Archive:
    def __init__(self, seed: int = 13) -> None:
        self.rng = random.Random(seed)
        rng = random.Random(seed + 1)
        leaders = [f"Leader {i}" for i in range(LEADERS)]
        self.groups: list[list[str]] = []
        while len(self.groups) < GROUPS:
            size = 2 if rng.random() < 0.85 else 3
            pick = sorted(rng.sample(leaders, size))
            if pick not in self.groups:
                self.groups.append(pick)
        self.group_weights = _zipf_weights(GROUPS, 0.8)
        self.group_every = [rng.choice([7, 14, 30, 60, 90]) for _ in range(GROUPS)]
        self.territory_weights = _zipf_weights(TERRITORIES, 0.8)
        self.owner = [i % 2 for i in range(TERRITORIES)]
        self.recent: list[Event] = []

    def events(self) -> Iterator[Event]:
        article = 0
        while True:
            day = START + dt.timedelta(days=article // ARTICLES_PER_DAY)
            facts = [self._fact(day) for _ in range(self.rng.choice([1, 2, 2, 3]))]
            built = build_events(
                ArticleInput(article_id=f"hist-{article}", published=day.isoformat()),
                [FactInput(fact=f) for f in facts],
                EntityRef.named,
            )
            yield from built
            self.recent = (self.recent + built[1:])[-500:]
            if self.rng.random() < 0.01 and len(self.recent) > 100:
                target = self.recent[self.rng.randrange(len(self.recent) - 50)]
                yield new_event(
                    FactRetracted(fact_id=target.id, reason="the source withdrew it"),
                    stream_id=target.stream_id,
                )
            article += 1

    def _fact(self, day: dt.date) -> dict[str, Any]:
        if self.rng.random() < 0.65:
            return self._meeting(day)
        return self._territory(day)

    def _meeting(self, day: dt.date) -> dict[str, Any]:
        g = self.rng.choices(range(GROUPS), self.group_weights)[0]
        every = self.group_every[g]
        offset = (day - START).days
        meeting = START + dt.timedelta(days=(offset // every + 1) * every + g % every)
        kind = self.rng.choices([k for k, _ in MEETING_KINDS], [w for _, w in MEETING_KINDS])[0]
        date = meeting.isoformat() if self.rng.random() > 0.1 else meeting.isoformat()[:7]
        fact: dict[str, Any] = {
            "kind": kind,
            "participants": self.groups[g],
            "date": date,
        }
        if kind in ("MeetingAnnounced", "MeetingHeld") and self.rng.random() < 0.7:
            fact["place"] = PLACES[(g + offset // every) % len(PLACES)]
        if kind == "MeetingPostponed":
            fact["previous_date"] = meeting.isoformat()
            fact["date"] = (meeting + dt.timedelta(days=every // 2 + 1)).isoformat()
        if kind == "MeetingDenied":
            fact["denied_by"] = self.groups[g][0]
        return fact

    def _territory(self, day: dt.date) -> dict[str, Any]:
        t = self.rng.choices(range(TERRITORIES), self.territory_weights)[0]
        parties = ["Armenia", "Azerbaijan"]
        roll = self.rng.random()
        territory = f"District {t}"
        when = (day - dt.timedelta(days=self.rng.randint(0, 3))).isoformat()
        if roll < 0.2:
            self.owner[t] = 1 - self.owner[t]
        owner, other = parties[self.owner[t]], parties[1 - self.owner[t]]
        if roll < 0.6:
            return {"kind": "TerritoryTransferred", "territory": territory, "from": other,
                    "to": owner, "date": when}  # fmt: skip
        if roll < 0.63:  # a deadline is rare news: one per territory and year
            return {"kind": "TerritoryTransferScheduled", "territory": territory, "to": owner,
                    "date": f"{day.year}-12-01"}  # fmt: skip
        kind = "PeacekeepersDeployed" if roll < 0.9 else "PeacekeepersWithdrawn"
        return {"kind": kind, "force": FORCES[t % len(FORCES)], "area": territory,
                "date": when}  # fmt: skip


def archive(seed: int = 13) -> Iterator[Event]:
    """The archive's events, in order, without end."""
    return Archive(seed).events()
