"""`factstream extract` and `factstream eval`: the extractor's command-line interface."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Annotated, Any

import typer

from services.evaluation.corpus import Document, directory_documents, half_of, real_documents
from services.evaluation.near_misses import near_miss_lines, near_misses
from services.evaluation.report import by_language, confusion_lines, error_lines, score_table
from services.evaluation.report import thresholds as threshold_lines
from services.evaluation.run import THRESHOLDS, Evaluation, run
from services.extraction import (
    ExtractionRejected,
    extract_article,
    to_gold,
)
from services.extraction.scoring import Counts, Score

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
    docs = list(directory_documents(gold_dir, articles_dir))
    ev = run([d for d in docs if isinstance(d, Document)])
    return ev.score(), [d for d in docs if isinstance(d, str)] + ev.errors()


def _as_json(ev: Evaluation, problems: list[str]) -> dict[str, Any]:
    def counts(c: Counts) -> dict[str, float]:
        return {
            "precision": c.precision,
            "recall": c.recall,
            "f1": c.f1,
            "tp": c.tp,
            "fp": c.fp,
            "fn": c.fn,
        }

    score = ev.score()
    return {
        **counts(score.overall),
        "attribution_accuracy": score.attribution_accuracy,
        "articles": len(ev.outcomes),
        "per_language": {lang: counts(ev.score(lang).overall) for lang in ev.languages()},
        "per_kind": {k: counts(c) for k, c in sorted(score.per_kind.items())},
        "thresholds": {f"{t:.1f}": counts(ev.score(min_confidence=t).overall) for t in THRESHOLDS},
        "missed": [{"article": a, **f} for a, f in score.missed],
        "spurious": [{"article": a, **f} for a, f in score.spurious],
        "errors": problems,
    }


@app.command("eval")
def eval_command(
    gold: Annotated[Path | None, typer.Option(help="directory of gold JSON files")] = None,
    articles: Annotated[Path | None, typer.Option(help="directory of article texts")] = None,
    real: Annotated[
        bool, typer.Option("--real", help="the real-news corpus (corpus/real)")
    ] = False,
    split: Annotated[str, typer.Option(help="real corpus split: dev, holdout or all")] = "dev",
    lang: Annotated[str | None, typer.Option(help="only articles in this language")] = None,
    half: Annotated[
        str | None, typer.Option(help="real corpus: half a (id ends in an even hex digit) or b")
    ] = None,
    errors: Annotated[
        bool, typer.Option("--errors", help="per-article misses, confusions")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="machine-readable output")] = False,
    near: Annotated[
        bool,
        typer.Option("--near-misses", help="pairs of a missed and a spurious fact of one kind"),
    ] = False,
) -> None:
    """Score the extractor against gold files (default ../shared/corpus/)."""
    if real:
        if split not in ("dev", "holdout", "all"):
            raise typer.BadParameter("split must be dev, holdout or all")
        if half not in (None, "a", "b"):
            raise typer.BadParameter("half must be a or b")
        docs, problems = real_documents(split, lang)
        docs = [d for d in docs if half is None or half_of(d.name) == half]
    else:
        gold_dir = gold or DEFAULT_CORPUS / "gold"
        found = list(directory_documents(gold_dir, articles or gold_dir.parent / "articles"))
        docs = [d for d in found if isinstance(d, Document) and (not lang or d.language == lang)]
        problems = [d for d in found if isinstance(d, str)]
    ev = run(docs)
    problems += ev.errors()
    if as_json:
        typer.echo(json.dumps(_as_json(ev, problems), ensure_ascii=False, indent=2))
        return
    score = ev.score()
    lines = [f"{len(ev.outcomes)} articles, {ev.seconds:.2f} s", *score_table(score), ""]
    lines += [*by_language(ev), "", *threshold_lines(ev), ""]
    if near:
        lines += [*near_miss_lines(near_misses(score.missed, score.spurious)), ""]
    if errors:
        lines += [*confusion_lines(score), "", *error_lines(ev)]
    typer.echo("\n".join(lines + _problem_lines(problems, listed=errors)))


def _problem_lines(problems: list[str], listed: bool) -> list[str]:
    """Manifest rows whose text is not in .cache/real are expected (see corpus/real/README.md):
    one count line, the ids only with --errors; every other problem on its own line."""
    absent = [p for p in problems if p.endswith(": text")]
    lines = [f"problem: {p}" for p in problems if p not in absent or listed]
    if absent and not listed:
        lines.append(
            f"not scored: {len(absent)} manifest articles without a text (--errors lists them)"
        )
    return lines


if __name__ == "__main__":
    app()
