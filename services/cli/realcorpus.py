"""`python -m services.cli.realcorpus check|import|agreement`: the real-news corpus' own checks."""

from __future__ import annotations

from pathlib import Path

import typer

from services.evaluation.agreement import agreement, articles_in, strict_agreement
from services.evaluation.checks import check, missing_texts
from services.evaluation.refind import import_excerpts
from services.evaluation.report import score_table

app = typer.Typer(help="Checks of the real-news development corpus (corpus/real).")


@app.command("check")
def check_command() -> None:
    """Manifest, ids, splits and gold files; texts where .cache/real has them."""
    problems = check()
    missing = missing_texts()
    for p in problems:
        typer.echo(f"problem: {p}")
    if missing:
        typer.echo(f"{len(missing)} texts missing from .cache/real (re-find them by their phrase)")
        for rid in missing:
            typer.echo(f"  {rid}")
    raise typer.Exit(1 if problems else 0)


@app.command("import")
def import_command(incoming: Path) -> None:
    """Re-found texts: saved search results (`{id, url, excerpt}` JSON) into .cache/real."""
    written, problems = import_excerpts(incoming)
    for p in problems:
        typer.echo(f"refused: {p}")
    typer.echo(f"{len(written)} texts written, {len(problems)} refused")
    raise typer.Exit(1 if problems else 0)


@app.command("agreement")
def agreement_command() -> None:
    """F1 of the second annotation (gold2) against the first (gold)."""
    typer.echo(f"{articles_in()} articles annotated twice")
    typer.echo("\n".join(score_table(agreement())))
    strict = strict_agreement().overall
    typer.echo(f"strict (the second scored as the extractor is): F1 {strict.f1:.2f} {strict}")


if __name__ == "__main__":
    app()
