"""`python -m services.evaluation.markdown [dev|holdout|all]`: the score tables of
docs/extraction.md, as markdown, from one run over the real-news corpus."""

from __future__ import annotations

import sys

from services.extraction.scoring import Counts, Score

from .agreement import agreement, articles_in, strict_agreement
from .corpus import real_documents
from .run import THRESHOLDS, Evaluation, run


def _row(label: str, c: Counts) -> str:
    return (
        f"| {label} | {c.precision:.2f} | {c.recall:.2f} | {c.f1:.2f} | {c.tp} | {c.fp} | {c.fn} |"
    )


HEAD = "| | P | R | F1 | tp | fp | fn |\n|---|---|---|---|---|---|---|"


def tables(ev: Evaluation, split: str) -> str:
    score = ev.score()
    out = [f"**{split}** ({len(ev.outcomes)} articles)", "", HEAD, _row("all", score.overall)]
    for lang in ev.languages():
        n = sum(1 for o in ev.outcomes if o.doc.language == lang)
        out.append(_row(f"{lang} ({n})", ev.score(lang).overall))
    out += ["", HEAD]
    out += [_row(k, c) for k, c in sorted(score.per_kind.items())]
    out += ["", "| confidence ≥ | P | R | F1 | tp | fp | fn |", "|---|---|---|---|---|---|---|"]
    out += [_row(f"{t:.1f}", ev.score(min_confidence=t).overall) for t in THRESHOLDS]
    a = score.attribution_accuracy
    out += ["", f"attribution right on {a:.2f} of matched attributed facts"]
    return "\n".join(out)


def agreement_table() -> str:
    score: Score = agreement()
    out = [f"Second annotation: {articles_in()} articles", "", HEAD, _row("all", score.overall)]
    out += [_row(k, c) for k, c in sorted(score.per_kind.items())]
    out += [
        "",
        f"Strict (the second scored as the extractor is): F1 {strict_agreement().overall.f1:.2f}",
    ]
    return "\n".join(out)


def main() -> None:
    split = sys.argv[1] if len(sys.argv) > 1 else "dev"
    docs, _ = real_documents(split)
    print(tables(run(docs), split))
    if split == "dev":
        print()
        print(agreement_table())


if __name__ == "__main__":
    main()
