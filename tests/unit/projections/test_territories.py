"""Territory control: intervals, basis, scheduled vs completed, peacekeepers."""

from __future__ import annotations

from typing import Any

import pytest

from services.projections.registry import TERRITORIES
from tests.support.builders import events_from_gold, retraction
from tests.support.folding import fold_all, parsed

pytestmark = pytest.mark.unit


def test_reference_article_territories(reference_gold: dict[str, Any]) -> None:
    docs = parsed(fold_all(TERRITORIES, events_from_gold(reference_gold["facts"])))
    for key in ("kalbajar-district", "lachin-district", "aghdam-district"):
        territory = docs[key]
        assert territory["controller"]["name"] == "Azerbaijan"
        before, now = territory["control"]
        assert before["controller"]["name"] == "Armenia" and now["since"] is None
        assert now["basis"] == before["basis"] and len(now["basis"]) == 1
    [presence] = docs["nagorno-karabakh"]["peacekeepers"]
    assert presence["present"] is True and presence["force"]["name"] == "Russia"


def test_scheduled_handover_with_deadline_then_completed() -> None:
    scheduled = events_from_gold(
        [
            {
                "kind": "TerritoryTransferScheduled",
                "territory": "Kalbajar District",
                "to": "Azerbaijan",
                "date": "2020-11-15",
            }
        ],
        "a1",
        "2020-11-10",
    )
    docs = parsed(fold_all(TERRITORIES, scheduled))
    [pending] = docs["kalbajar-district"]["scheduled_transfers"]
    assert pending["status"] == "pending" and pending["deadline"]["value"] == "2020-11-15"
    assert docs["kalbajar-district"]["controller"] is None
    done = events_from_gold(
        [
            {
                "kind": "TerritoryTransferred",
                "territory": "Kalbajar District",
                "from": "Armenia",
                "to": "Azerbaijan",
                "date": "2020-11-25",
            }
        ],
        "a2",
        "2020-11-25",
    )
    docs = parsed(fold_all(TERRITORIES, scheduled + done))
    territory = docs["kalbajar-district"]
    assert territory["scheduled_transfers"][0]["status"] == "completed"
    assert territory["scheduled_transfers"][0]["completed_by"] == [done[0].id]
    assert [
        (
            c["controller"]["name"],
            c["since"] and c["since"]["value"],
            c["until"] and c["until"]["value"],
        )
        for c in territory["control"]
    ] == [("Armenia", None, "2020-11-25"), ("Azerbaijan", "2020-11-25", None)]


def test_retracted_transfer_stops_counting_but_is_kept() -> None:
    done = events_from_gold(
        [
            {
                "kind": "TerritoryTransferred",
                "territory": "Lachin District",
                "from": "Armenia",
                "to": "Azerbaijan",
                "date": "2020-12-01",
            }
        ]
    )
    docs = parsed(fold_all(TERRITORIES, [*done, retraction(done[0])]))
    assert docs["lachin-district"]["controller"] is None
    assert docs["lachin-district"]["claims"][0]["retracted"] is True


def test_peacekeepers_deployed_then_withdrawn() -> None:
    events = events_from_gold(
        [
            {
                "kind": "PeacekeepersDeployed",
                "force": "Russian peacekeeping forces in Nagorno-Karabakh",
                "area": "Nagorno-Karabakh",
                "date": "2020-11-10",
            },
        ],
        "a1",
        "2020-11-10",
    ) + events_from_gold(
        [
            {
                "kind": "PeacekeepersWithdrawn",
                "force": "Russian peacekeeping forces in Nagorno-Karabakh",
                "area": "Nagorno-Karabakh",
                "date": "2024-04",
            },
        ],
        "a2",
        "2024-04-17",
    )
    [presence] = parsed(fold_all(TERRITORIES, events))["nagorno-karabakh"]["peacekeepers"]
    assert presence["present"] is False
    assert (presence["since"]["value"], presence["until"]["value"]) == ("2020-11-10", "2024-04")
