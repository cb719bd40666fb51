"""Trusted replay from plain dicts: a rebuild records claims straight from the stored JSON.

A rebuild's events were validated on append and the chain proves them unaltered (issue 13's
"trusted replay"), so it need not build the contract models of each event (envelope,
attribution, provenance, data) only to copy their values into a claim: the claim and its
fact are assembled from the decoded dict, their nested values (entities, dates, evidence)
by the same shared builders as the trusted decode. `record_*` equal the reducers'
`record_all` on the same events (`tests/history/test_trusted_replay.py` compares the
read-model digests with the validated path); corrections, rare, are decoded as before.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from sys import intern
from typing import Any

from contracts.common import EntityRef, Evidence, PartialDate
from events.trusted import _builder, assembled, trusted_from_dict
from services.projections.claims import Claim, fact_ids
from services.projections.corrections import add_correction
from services.projections.meeting_models import MeetingFact, MeetingGroup
from services.projections.meetings import MEETING_KINDS, seated
from services.projections.territories import KINDS as TERRITORY_KINDS
from services.projections.territory_models import Territory, TerritoryFact

CORRECTION_KINDS = frozenset({"FactRetracted", "FactSuperseded"})


def _build(cls: type) -> Callable[[Any], Any]:
    found = _builder(cls)  # the trusted decode's own: the same shared instances
    assert found is not None
    return found


_entity = _build(EntityRef)
_evidence = _build(Evidence)
_date = _build(PartialDate)


@dataclass(slots=True)
class RawEvent:
    """A stored event as its JSON dict, with what routing needs at hand. `data`: the
    decoded correction for a retraction or supersession, None for a fact; `group`: its
    meeting group's key once `meeting_key` made it (routing and recording both ask)."""

    position: int
    id: str
    type: str
    raw: dict[str, Any]
    data: Any = None
    group: str | None = None

    @classmethod
    def of(cls, raw: dict[str, Any]) -> RawEvent:
        kind = raw["type"]
        data = trusted_from_dict(raw).data if kind in CORRECTION_KINDS else None
        return cls(raw["position"], raw["id"], intern(kind), raw, data)


def _maybe(build: Any, value: Any) -> Any:
    return None if value is None else build(value)


def _claim(event: RawEvent, date: PartialDate | None) -> Claim:
    """As `claims.claim_from`, from the dict (absent parts take the models' defaults)."""
    raw = event.raw
    att = raw.get("attribution") or {}
    prov = raw.get("provenance")
    published = (prov.get("published") if prov else None) or (
        dt.datetime.fromisoformat(raw["time"]).date().isoformat()
    )
    # the few values that repeat across claims (kinds, days, extractors) kept once: each
    # event's JSON gives its own copies, ~300 B a claim of the held read model
    return assembled(
        Claim,
        {
            "fact_id": event.id,
            "kind": event.type,
            "claimed_by": tuple(map(_entity, att.get("claimed_by", ()))),
            "reported_by": _maybe(_entity, att.get("reported_by")),
            "modality": intern(att.get("modality", "asserted")),
            "article_id": prov["article_id"] if prov else None,
            "published": intern(published),
            "evidence": tuple(map(_evidence, prov.get("evidence", ()))) if prov else (),
            "date": date,
            "extractor": _maybe(intern, prov.get("extractor", "curated")) if prov else None,
            "extractor_version": _maybe(intern, prov.get("extractor_version", "1"))
            if prov
            else None,
            "retracted": False,
            "superseded_by": None,
            "correction_reason": None,
        },
    )


def meeting_key(event: RawEvent) -> list[str]:
    """`meetings.keys_for` of the same event."""
    if event.type not in MEETING_KINDS:
        return []
    if event.group is None:
        event.group = "+".join(sorted({p["id"] for p in event.raw["data"]["participants"]}))
    return [event.group]


def territory_key(event: RawEvent) -> list[str]:
    """`territories.keys_for` of the same event."""
    if event.type not in TERRITORY_KINDS:
        return []
    data = event.raw["data"]
    subject = data.get("territory") or data.get("area")
    return [subject["id"]] if subject is not None else []


def record_meetings(
    state: MeetingGroup | None, events: Sequence[RawEvent], seen: set[str] | None = None
) -> MeetingGroup:
    """`meetings.record_all` of the same events."""
    if seen is None:
        seen = fact_ids(state)
    corrections = state.corrections if state is not None else ()
    new: list[MeetingFact] = []
    for event in events:
        if event.data is not None:
            if state is None:
                raise ValueError("a correction needs the group of the fact it corrects")
            corrections = add_correction(corrections, event.data)
            continue
        (key,) = (event.group,) if event.group else meeting_key(event)
        data = event.raw["data"]
        if state is None:
            state = MeetingGroup(key=key, participants=seated(map(_entity, data["participants"])))
        elif state.key != key:
            raise ValueError(f"event for group {key!r} applied to group {state.key!r}")
        if event.id in seen:
            continue
        seen.add(event.id)
        date = _maybe(_date, data.get("date"))
        fact = {
            "claim": _claim(event, date),
            "place": _maybe(_entity, data.get("place")),
            "date": date,
            "previous_date": _maybe(_date, data.get("previous_date")),
        }
        new.append(assembled(MeetingFact, fact))
    if state is None:
        raise ValueError("no event to record")
    if not new and corrections is state.corrections:
        return state
    return state.model_copy(update={"facts": (*state.facts, *new), "corrections": corrections})


def record_territories(
    state: Territory | None, events: Sequence[RawEvent], seen: set[str] | None = None
) -> Territory:
    """`territories.record_all` of the same events."""
    if seen is None:
        seen = fact_ids(state)
    corrections = state.corrections if state is not None else ()
    new: list[TerritoryFact] = []
    for event in events:
        if event.data is not None:
            if state is None:
                raise ValueError("a correction needs the territory of the fact it corrects")
            corrections = add_correction(corrections, event.data)
            continue
        data = event.raw["data"]
        subject = data.get("territory") or data.get("area")
        if subject is None:
            raise ValueError(f"{event.type} does not name a territory")
        if state is None:
            state = Territory(key=subject["id"], territory=_entity(subject))
        elif state.key != subject["id"]:
            raise ValueError(f"event for {subject['id']!r} applied to territory {state.key!r}")
        if event.id in seen:
            continue
        seen.add(event.id)
        date = _maybe(_date, data.get("date"))
        fact = {
            "claim": _claim(event, date),
            "from_party": _maybe(_entity, data.get("from_party")),
            "to_party": _maybe(_entity, data.get("to_party")),
            "force": _maybe(_entity, data.get("force")),
            "date": date,
        }
        new.append(assembled(TerritoryFact, fact))
    if state is None:
        raise ValueError("no event to record")
    if not new and corrections is state.corrections:
        return state
    return state.model_copy(update={"facts": (*state.facts, *new), "corrections": corrections})
