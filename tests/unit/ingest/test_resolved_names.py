"""The ingest fast path (issue 13 item 4): resolved names are memoised per process and the
facts are built already linked to their article; both give the facts the plain path gave."""

from __future__ import annotations

from typing import Any

import pytest

from contracts.common import Evidence
from services.ingest.events_for import ArticleInput, FactInput, build_events
from services.ingest.gold import RESOLVED_NAMES, resolve_by_gazetteer, resolve_uncached

pytestmark = pytest.mark.unit

ARTICLE = ArticleInput(article_id="golden-1", published="2021-11-23", url="https://example.org/a")
FACTS = [
    FactInput(
        fact={
            "kind": "TerritoryTransferred",
            "territory": "Shusha",
            "to": "Azerbaijan",
            "date": "2020-11-08",
        },
        date_derivation="explicit",
    ),
    FactInput(
        fact={
            "kind": "MeetingHeld",
            "participants": ["Ilham Aliyev", "Vladimir Putin"],
            "date": "2021-01-11",
            "place": "Moscow",
        },
        evidence=(Evidence(start=0, end=5, quote="Aliev"),),
        confidence=0.8,
        modality="reported",
    ),
    FactInput(  # the same fact again: one id, listed once by the article
        fact={
            "kind": "TerritoryTransferred",
            "territory": "Shusha",
            "to": "Azerbaijan",
            "date": "2020-11-08",
        }
    ),
    FactInput(  # an inflected Russian form (morphology) and an attribution
        fact={
            "kind": "StatementMade",
            "speaker": "Шуши",
            "summary": "x",
            "claimed_by": ["Hikmet Hajiyev"],
        }
    ),
    FactInput(
        fact={"kind": "StatementMade", "speaker": "Some Unknown Person"}, claimed_by=("Armenia",)
    ),
]
# The ids the plain path gave these facts before the fast path (uuid5 of the content):
# re-ingesting an article must keep finding them, so they must never change.
IDS = [
    "27094ab5-6932-5305-8c50-cad5897a0fbe",
    "7e273f04-e681-5342-a414-b14b6c6b6c9d",
    "65044532-c074-50fe-9f94-d6544d7e1d98",
    "7e273f04-e681-5342-a414-b14b6c6b6c9d",
    "6a573454-7d69-591a-a840-cca641ca3dbd",
    "8ae98238-8e99-511b-b4ff-d7c69a6e895d",
]


def _dumped(resolve: Any) -> list[dict[str, Any]]:
    events = build_events(ARTICLE, FACTS, resolve)
    return [e.model_dump(mode="json", exclude={"time"}) for e in events]


def test_cached_and_uncached_resolution_give_the_same_facts() -> None:
    resolve_by_gazetteer.cache_clear()
    plain = _dumped(resolve_uncached)
    assert _dumped(resolve_by_gazetteer) == plain  # filling the cache
    assert _dumped(resolve_by_gazetteer) == plain  # served from it
    assert resolve_by_gazetteer.cache_info().hits > 0
    for name in ("Shusha", "Шуши", "Azerbaijan", "Some Unknown Person", "Hikmet Hajiyev"):
        assert resolve_by_gazetteer(name) == resolve_uncached(name)


def test_facts_keep_their_ids_and_are_linked_to_their_article() -> None:
    dumped = _dumped(resolve_by_gazetteer)
    assert [e["id"] for e in dumped] == IDS
    head = dumped[0]
    assert head["data"]["fact_ids"] == list(dict.fromkeys(IDS[1:]))
    assert head["correlation_id"] == head["id"] and head["causation_id"] is None
    for fact in dumped[1:]:
        assert fact["correlation_id"] == fact["causation_id"] == head["id"]
    assert dumped[1]["data"]["date"]["derivation"] == "explicit"
    assert dumped[1]["valid_time"]["derivation"] == "explicit"


def test_the_cache_is_bounded() -> None:
    assert resolve_by_gazetteer.cache_info().maxsize == RESOLVED_NAMES


def test_names_outside_the_gazetteer_skip_the_lookup_and_resolve_alike() -> None:
    """A name whose slug is no gazetteer id resolves without morphology: every name and
    alias of the gazetteer, inflected forms and unknown names resolve as the plain lookup."""
    from services.extraction.gazetteer_load import load_entities

    names = ["Fresh abc 1 0", "Шуши", "Карабаха", "Some Unknown Person", "Azerbaijan's"]
    for record in load_entities():
        names += [record.name, *record.ru, *record.en, record.name.upper()]
    resolve_by_gazetteer.cache_clear()
    for name in names:
        assert resolve_by_gazetteer(name) == resolve_uncached(name), name
    assert _dumped(resolve_by_gazetteer) == _dumped(resolve_uncached)
