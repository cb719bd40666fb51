"""`python -m services.cli.realcorpus check|agreement`: the real-news corpus' own checks."""

from __future__ import annotations

import typer

from services.evaluation.agreement import agreement, articles_in
from services.evaluation.checks import check, missing_texts
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


@app.command("agreement")
def agreement_command() -> None:
    """F1 of the second annotation (gold2) against the first (gold)."""
    typer.echo(f"{articles_in()} articles annotated twice")
    typer.echo("\n".join(score_table(agreement())))


if __name__ == "__main__":
    app()
