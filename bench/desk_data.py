"""A desk-sized history for bench_desk.py: 2,000 meetings and 50,000 events.

Meetings: 200 pairs of participants, 10 meetings each, each announced, some denied, some
held. Territories: every district of the map handed over a few times, with scheduled
transfers. The rest (most of the log, as in real news) are statements and hostilities,
which the feed, history and audit see but the read models do not hold.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from contracts.common import EntityRef
from contracts.envelope import Event
from services.desk.geo import region_map
from services.ingest.events_for import ArticleInput, FactInput, build_events

PLACES = ["Sochi", "Moscow", "Brussels", "Baku", "Yerevan", "Tbilisi", "Minsk", "Astana"]
START = dt.date(2020, 1, 1)
FACTS_PER_ARTICLE = 24


def _meeting_facts(meetings: int) -> list[dict[str, Any]]:
    facts: list[dict[str, Any]] = []
    for m in range(meetings):
        pair = [f"Envoy {m % 200:03d}", "Ilham Aliyev" if m % 2 else "Nikol Pashinyan"]
        day = (START + dt.timedelta(days=45 * (m // 200) + m % 200)).isoformat()
        base = {"participants": pair, "date": day}
        facts.append({"kind": "MeetingAnnounced", **base, "place": PLACES[m % len(PLACES)]})
        if m % 3 == 0:
            facts.append({"kind": "MeetingDenied", "participants": pair})
        if m % 5 == 0:
            facts.append({"kind": "MeetingHeld", **base, "place": PLACES[m % len(PLACES)]})
    return facts


def _territory_facts(names: list[str]) -> list[dict[str, Any]]:
    facts: list[dict[str, Any]] = []
    for round_ in range(4):
        for i, name in enumerate(names):
            day = (START + dt.timedelta(days=90 * round_ + i)).isoformat()
            to, from_ = ("Azerbaijan", "Armenia") if (i + round_) % 2 else ("Armenia", "Azerbaijan")
            facts.append({"kind": "TerritoryTransferScheduled", "territory": name, "to": to,
                          "date": day})  # fmt: skip
            facts.append({"kind": "TerritoryTransferred", "territory": name, "from": from_,
                          "to": to, "date": day})  # fmt: skip
    return facts


def _filler(count: int, names: list[str]) -> list[dict[str, Any]]:
    return [
        {"kind": "StatementMade", "speaker": f"Spokesperson {i % 300}"}
        if i % 2
        else {
            "kind": "HostilitiesReported",
            "location": names[i % len(names)],
            "date": (START + dt.timedelta(days=i % 700)).isoformat(),
        }
        for i in range(count)
    ]


def desk_history(geo_dir: Path, meetings: int = 2000, events: int = 50_000) -> list[Event]:
    region = region_map(geo_dir)
    places = {f.name: EntityRef(id=f.entity_id, name=f.name, kind="place") for f in region.features}

    def resolve(name: str) -> EntityRef:
        return places.get(name) or EntityRef.named(name)

    names = sorted(places)
    facts = _meeting_facts(meetings) + _territory_facts(names)
    articles_needed = -(-events // (FACTS_PER_ARTICLE + 1))
    facts += _filler(max(0, events - articles_needed - len(facts)), names)
    out: list[Event] = []
    for a, start in enumerate(range(0, len(facts), FACTS_PER_ARTICLE)):
        chunk = facts[start : start + FACTS_PER_ARTICLE]
        published = max((f.get("date", "2020-01-01") for f in chunk), default="2020-01-01")
        article = ArticleInput(article_id=f"desk-bench-{a}", published=published)
        out += build_events(article, [FactInput(fact=f) for f in chunk], resolve)
    return out
