"""Merging repeated mentions, splitting bilateral meetings, evidence spans."""

from __future__ import annotations

import datetime as dt

from services.extraction import extract_article, to_gold

PUB = dt.date(2021, 11, 23)
TEXT = (
    "26 ноября в Сочи состоятся трёхсторонние переговоры Владимира Путина, Ильхама Алиева и "
    "Никола Пашиняна, сообщает Кремль.\n\n"
    "По инициативе главы российского государства 26 ноября в Сочи состоятся трёхсторонние "
    "переговоры президента РФ Владимира Путина, президента Азербайджанской Республики Ильхама "
    "Алиева и премьер-министра Республики Армения Никола Пашиняна.\n\n"
    "Также было отмечено, что Путин на полях встречи проведёт двусторонние переговоры с "
    "Алиевым и Пашиняном."
)


def test_repeated_mentions_merge_with_all_evidence() -> None:
    facts = extract_article(TEXT, PUB).facts
    trilateral = [f for f in facts if len(f.arguments.get("participants") or []) == 3]
    assert len(trilateral) == 1
    fact = trilateral[0]
    assert len(fact.evidence) == 2
    for ev in fact.evidence:
        assert TEXT[ev.start : ev.end] == ev.quote
    assert fact.evidence[0].start == 0
    assert fact.claimed_by == ["Kremlin"]
    assert fact.date_precision == "day"
    assert fact.date_derivation == "inferred: year from publication date, future tense"


def test_bilateral_talks_split_into_two_meetings() -> None:
    facts = [to_gold(f) for f in extract_article(TEXT, PUB).facts]
    pairs = [f["participants"] for f in facts if len(f["participants"]) == 2]  # type: ignore[arg-type]
    assert pairs == [["Vladimir Putin", "Ilham Aliyev"], ["Vladimir Putin", "Nikol Pashinyan"]]
    for f in facts:
        assert f["place"] == "Sochi" and f["date"] == "2021-11-26"
        assert f["claimed_by"] == ["Kremlin"]
