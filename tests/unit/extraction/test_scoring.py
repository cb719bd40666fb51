"""Scoring by the README rules."""

from __future__ import annotations

from services.extraction.scoring import arg_match, score_article

GOLD = {
    "kind": "MeetingAnnounced",
    "participants": [["Russia", "Kremlin"], "Armenia"],
    "place": "Sochi",
    "date": "2021-11-26",
    "claimed_by": ["Kremlin", "Moscow Kremlin"],
}


def test_argument_rules() -> None:
    assert arg_match("participants", GOLD["participants"], ["armenia", "Kremlin"])
    assert not arg_match("participants", GOLD["participants"], ["Armenia"])
    assert arg_match("claimed_by", GOLD["claimed_by"], ["Moscow Kremlin"])
    assert arg_match("date", ["2020-11-09", "2020-11-10"], "2020-11-10")
    assert not arg_match("date", "2021-11-26", "11-26")
    assert not arg_match("date", "2020-09", "2020")
    assert arg_match("place", None, "anything")


def test_counts_and_attribution() -> None:
    wrong_source = dict(GOLD, participants=["Russia", "Armenia"], claimed_by=["TASS"])
    right = dict(GOLD, participants=["Russia", "Armenia"], claimed_by=["Kremlin"])
    score = score_article([GOLD], [wrong_source])
    assert (score.overall.tp, score.overall.fp, score.overall.fn) == (0, 1, 1)
    assert score.attribution_total == 1 and score.attribution_accuracy == 0.0
    score = score_article([GOLD, GOLD], [right, {"kind": "StatementMade", "speaker": "X"}])
    assert (score.overall.tp, score.overall.fp, score.overall.fn) == (1, 1, 1)
    assert round(score.overall.f1, 2) == 0.5
    assert score.per_kind["StatementMade"].fp == 1


def test_dates_match_at_the_gold_precision() -> None:
    from services.extraction.scoring import arg_match

    assert arg_match("date", "2024-04", "2024-04-17")
    assert arg_match("date", "2020", "2020-09")
    assert not arg_match("date", "2024-04-17", "2024-04")  # less precise: no match
    assert not arg_match("date", "2024-04", "2024-05-01")
