"""A synthetic history: many articles reporting handovers, meetings and corrections."""

from __future__ import annotations

from typing import Any

from contracts.envelope import Event
from tests.support.builders import events_from_gold

DISTRICTS = ["Aghdam District", "Kalbajar District", "Lachin District", "Fuzuli District"]
PAIRS = [
    ["Ilham Aliyev", "Nikol Pashinyan"],
    ["Vladimir Putin", "Nikol Pashinyan"],
    ["Ilham Aliyev", "Charles Michel"],
]


def synthetic_history(articles: int) -> list[Event]:
    """The events of `synthetic_articles`."""
    out: list[Event] = []
    for article, published, facts in synthetic_articles(articles):
        out += events_from_gold(facts, article=article, published=published)
    return out


def synthetic_articles(articles: int) -> list[tuple[str, str, list[dict[str, Any]]]]:
    """Deterministic (article id, published, gold-shaped facts): 3 facts per article,
    many reports per territory and per meeting."""
    out: list[tuple[str, str, list[dict[str, Any]]]] = []
    for i in range(articles):
        day = f"20{20 + i % 4}-{1 + i % 12:02d}-{1 + i % 28:02d}"
        district = DISTRICTS[i % len(DISTRICTS)]
        pair = PAIRS[i % len(PAIRS)]
        owner, other = ("Azerbaijan", "Armenia") if i % 2 else ("Armenia", "Azerbaijan")
        facts: list[dict[str, Any]] = [
            {"kind": "TerritoryTransferScheduled", "territory": district, "to": owner, "date": day},
            {
                "kind": "TerritoryTransferred",
                "territory": district,
                "from": other,
                "to": owner,
                "date": day,
            },
            {
                "kind": ["MeetingAnnounced", "MeetingPostponed", "MeetingHeld"][i % 3],
                "participants": pair,
                "date": day,
            },
        ]
        out.append((f"syn-{i}", day, facts))
    return out
