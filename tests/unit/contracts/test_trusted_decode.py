"""Trusted replay decodes a stored event into exactly what full validation gives."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from contracts.chain import GENESIS
from contracts.common import EntityRef, Evidence
from contracts.envelope import TYPE_BY_NAME, Event, parse_event
from events.records import seal
from events.trusted import assembled, trusted_event
from services.ingest.events_for import ArticleInput, FactInput, build_events
from services.ingest.gold import FactRejected
from tests.support.builders import retraction, supersession

pytestmark = pytest.mark.unit
GOLD = Path(__file__).resolve().parents[3] / "corpus" / "dev" / "gold"


def _events() -> list[Event]:
    """Every event type: the dev corpus's gold facts, with evidence, confidence, a
    Wikidata id and a date derivation on some, and both corrections."""
    out: list[Event] = []
    for path in sorted(GOLD.glob("*.json")):
        gold = json.loads(path.read_text())
        article = ArticleInput(article_id=path.stem, published=gold["published"], url="https://x")
        for i, fact in enumerate(gold["facts"]):
            item = FactInput(
                fact=fact,
                evidence=(Evidence(start=i, end=i + 4, quote="text"),) if i % 2 else (),
                confidence=0.5 + i % 5 / 10,
                date_derivation="explicit" if "date" in fact and i % 3 == 0 else None,
            )
            try:
                out += build_events(article, [item], _entity)
            except FactRejected:  # the gold shape lists some facts no event can carry
                continue
    facts = [e for e in out if e.type != "ArticleIngested"]
    return [*out, retraction(facts[0]), supersession(facts[1], facts[2])]


def _entity(name: str) -> EntityRef:
    return EntityRef.named(name, "person", "Q42") if " " in name else EntityRef.named(name)


def _stored(events: list[Event]) -> list[str]:
    """As the embedded log stores them: sealed canonical JSON."""
    now = dt.datetime(2026, 11, 30, 12, 0, 0, 123456, tzinfo=dt.UTC)
    prev, out = GENESIS, []
    for position, event in enumerate(events, start=1):
        sealed = seal(event, position=position, stream_version=1, prev_hash=prev, recorded_at=now)
        prev = sealed.hash
        out.append(sealed.text)
    return out


def test_every_event_type_decodes_to_what_validation_gives() -> None:
    events = _events()
    assert {e.type for e in events} == set(TYPE_BY_NAME)
    for text in _stored(events):
        validated, trusted = parse_event(text), trusted_event(text)
        assert trusted == validated
        assert type(trusted.data) is type(validated.data)
        assert trusted.model_dump_json() == validated.model_dump_json()
        assert trusted.time == validated.time and trusted.recorded_at == validated.recorded_at


def test_assembled_models_share_their_field_names_safely() -> None:
    """Frozen models built by the trusted decode share one set of every field name; the set
    equals what validation records, and a `model_copy` changing one leaves the others."""
    texts = [t for t in _stored(_events()) if parse_event(t).provenance is not None]
    first, second = (trusted_event(t).provenance for t in texts[:2])
    assert first is not None and second is not None
    assert first.model_fields_set is second.model_fields_set
    assert first.model_fields_set == parse_event(texts[0]).provenance.model_fields_set  # type: ignore[union-attr]
    every = set(first.model_fields_set)
    copied = first.model_copy(update={"article_id": "changed"})
    assert copied.model_fields_set is not first.model_fields_set
    assert first.model_fields_set == every and second.model_fields_set == every
    partial = assembled(Evidence, {"start": 1, "end": 2})  # a field left out: its own set
    assert partial.model_fields_set == {"start", "end"}
