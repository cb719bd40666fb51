"""The typer sub-app: `extract` prints gold-shaped JSON, `eval` exits 0."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from services.cli.extraction_commands import app

REPO = Path(__file__).resolve().parents[2]
DEV = REPO / "corpus" / "dev"


def test_extract_prints_gold_shape() -> None:
    article = DEV / "articles" / "dev_03_border_clash_2021.txt"
    result = CliRunner().invoke(app, ["extract", str(article), "--published", "2021-11-17"])
    assert result.exit_code == 0, result.output
    facts = json.loads(result.output)
    assert {"kind": "StatementMade", "speaker": "Armen Grigoryan"} in facts
    assert all(
        set(f)
        <= {
            "kind",
            "participants",
            "place",
            "date",
            "claimed_by",
            "denied_by",
            "speaker",
            "parties",
            "mediator",
            "location",
            "territory",
            "from",
            "to",
            "force",
            "area",
        }
        for f in facts
    )


def test_extract_rejects_bad_date(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Текст.", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(article), "--published", "2021-02-30"])
    assert result.exit_code != 0


def test_eval_on_dev_set_exits_zero() -> None:
    result = CliRunner().invoke(
        app,
        ["eval", "--gold", str(DEV / "gold"), "--articles", str(DEV / "articles"), "--errors"],
    )
    assert result.exit_code == 0
    assert "precision" in result.output and "MISSED" in result.output
    assert "confidence >=" in result.output and "ru (20 articles)" in result.output


def test_articles_without_texts_are_counted_not_listed() -> None:
    from services.cli.extraction_commands import _problem_lines

    problems = ["en-1: text", "ru-2: text", "ru-3: gold missing"]
    assert _problem_lines(problems, listed=False) == [
        "problem: ru-3: gold missing",
        "not scored: 2 manifest articles without a text (--errors lists them)",
    ]
    assert _problem_lines(problems, listed=True) == [f"problem: {p}" for p in problems]
