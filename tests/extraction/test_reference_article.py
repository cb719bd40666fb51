"""The reference article scores F1 = 1.00 with every attribution right; dev set F1 >= 0.90."""

from __future__ import annotations

from pathlib import Path

from services.cli.extraction_commands import DEFAULT_CORPUS, evaluate

REPO = Path(__file__).resolve().parents[2]


def test_reference_article_scores_perfectly() -> None:
    score, errors = evaluate(DEFAULT_CORPUS / "gold", DEFAULT_CORPUS / "articles")
    assert errors == []
    assert score.overall.tp == 13
    assert score.overall.f1 == 1.0
    assert score.attribution_total == 5
    assert score.attribution_accuracy == 1.0
    assert score.missed == [] and score.spurious == []


def test_dev_set_f1_at_least_090() -> None:
    dev = REPO / "corpus" / "dev"
    assert len(list((dev / "articles").glob("*.txt"))) >= 20
    score, errors = evaluate(dev / "gold", dev / "articles")
    assert errors == []
    assert score.overall.f1 >= 0.90, score.overall
