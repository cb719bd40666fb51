"""`factstream extract` and `factstream eval`: the extractor's command-line interface."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Annotated, Any

import typer

from services.extraction import (
    ExtractionRejected,
    extract_article,
    to_gold,
)
from services.extraction.scoring import Score, score_article

app = typer.Typer(help="Extract facts from articles and score them against gold files.")

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_CORPUS = REPO_ROOT.parent / "shared" / "corpus"


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(f"not a date (YYYY-MM-DD): {value!r}") from exc


@app.command()
def extract(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="article text")],
    published: Annotated[str, typer.Option(help="publication date YYYY-MM-DD")],
    language: Annotated[str | None, typer.Option(help="ru or en (detected if omitted)")] = None,
    format: Annotated[str, typer.Option("--format", help="gold or full")] = "gold",
) -> None:
    """Print the facts of one article as a JSON array (appends nothing anywhere)."""
    text = file.read_text(encoding="utf-8", errors="replace")
    try:
        result = extract_article(text, _date(published), language)
    except ExtractionRejected as exc:
        typer.echo(f"rejected: {exc.reason}", err=True)
        raise typer.Exit(2) from exc
    if format == "full":
        typer.echo(json.dumps(result.model_dump(mode="json"), ensure_ascii=False, indent=2))
        return
    facts: list[dict[str, Any]] = [to_gold(fact) for fact in result.facts]
    typer.echo(json.dumps(facts, ensure_ascii=False, indent=2))


def evaluate(gold_dir: Path, articles_dir: Path) -> tuple[Score, list[str]]:
    """Score every gold file in `gold_dir` against its article; returns score and errors."""
    score = Score()
    errors: list[str] = []
    for gold_path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        article = gold.get("article") or gold_path.stem + ".txt"
        text_path = articles_dir / article
        if not text_path.exists():
            errors.append(f"{article}: article file missing")
            continue
        text = text_path.read_text(encoding="utf-8")
        try:
            result = extract_article(text, _date(gold["published"]), gold.get("language"))
            predicted = [to_gold(f) for f in result.facts]
        except Exception as exc:  # an evaluation run reports, it does not stop
            errors.append(f"{article}: {type(exc).__name__}: {exc}")
            predicted = []
        score_article(gold["facts"], predicted, article, score)
    return score, errors


def render(score: Score, errors: list[str]) -> str:
    """A plain-text report: totals, a per-kind table, attribution, misses and spurious."""
    o = score.overall
    lines = [
        f"precision {o.precision:.2f}  recall {o.recall:.2f}  F1 {o.f1:.2f}  "
        f"(tp {o.tp}, fp {o.fp}, fn {o.fn})",
        f"attribution accuracy {score.attribution_accuracy:.2f} "
        f"({score.attribution_right}/{score.attribution_total})",
        "",
        f"{'kind':<28} {'P':>5} {'R':>5} {'F1':>5} {'tp':>4} {'fp':>4} {'fn':>4}",
    ]
    for kind, c in sorted(score.per_kind.items()):
        lines.append(
            f"{kind:<28} {c.precision:5.2f} {c.recall:5.2f} {c.f1:5.2f} "
            f"{c.tp:4d} {c.fp:4d} {c.fn:4d}"
        )
    for title, items in (("missed", score.missed), ("spurious", score.spurious)):
        lines.append("")
        lines.append(f"{title}: {len(items)}")
        for article, fact in items:
            lines.append(f"  {article}: {json.dumps(fact, ensure_ascii=False)}")
    lines += [f"error: {e}" for e in errors]
    return "\n".join(lines)


@app.command("eval")
def eval_command(
    gold: Annotated[Path | None, typer.Option(help="directory of gold JSON files")] = None,
    articles: Annotated[Path | None, typer.Option(help="directory of article texts")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="machine-readable output")] = False,
) -> None:
    """Score the extractor against gold files (default ../shared/corpus/)."""
    gold_dir = gold or DEFAULT_CORPUS / "gold"
    articles_dir = articles or (gold_dir.parent / "articles")
    score, errors = evaluate(gold_dir, articles_dir)
    if as_json:
        o = score.overall
        typer.echo(
            json.dumps(
                {
                    "precision": o.precision,
                    "recall": o.recall,
                    "f1": o.f1,
                    "attribution_accuracy": score.attribution_accuracy,
                    "per_kind": {
                        k: {
                            "precision": c.precision,
                            "recall": c.recall,
                            "f1": c.f1,
                            "tp": c.tp,
                            "fp": c.fp,
                            "fn": c.fn,
                        }
                        for k, c in sorted(score.per_kind.items())
                    },
                    "missed": [{"article": a, **f} for a, f in score.missed],
                    "spurious": [{"article": a, **f} for a, f in score.spurious],
                    "errors": errors,
                },
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        typer.echo(render(score, errors))


if __name__ == "__main__":
    app()
