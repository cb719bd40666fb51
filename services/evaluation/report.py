"""Plain-text and JSON reports: score tables, thresholds, per-article errors, confusions."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping
from typing import Any

from services.extraction.models import KIND_ARGS, to_gold
from services.extraction.scoring import Counts, Score, arg_match

from .run import THRESHOLDS, Evaluation, Outcome


def counts_line(label: str, c: Counts) -> str:
    return (
        f"{label:<28} {c.precision:5.2f} {c.recall:5.2f} {c.f1:5.2f} {c.tp:4d} {c.fp:4d} {c.fn:4d}"
    )


def score_table(score: Score) -> list[str]:
    o = score.overall
    lines = [
        f"precision {o.precision:.2f}  recall {o.recall:.2f}  F1 {o.f1:.2f}  "
        f"(tp {o.tp}, fp {o.fp}, fn {o.fn})",
        f"attribution accuracy {score.attribution_accuracy:.2f} "
        f"({score.attribution_right}/{score.attribution_total})",
        "",
        f"{'kind':<28} {'P':>5} {'R':>5} {'F1':>5} {'tp':>4} {'fp':>4} {'fn':>4}",
    ]
    lines += [counts_line(k, c) for k, c in sorted(score.per_kind.items())]
    return lines


def by_language(ev: Evaluation) -> list[str]:
    lines = [f"{'language':<28} {'P':>5} {'R':>5} {'F1':>5} {'tp':>4} {'fp':>4} {'fn':>4}"]
    for lang in ev.languages():
        n = sum(1 for o in ev.outcomes if (o.doc.language or "?") == lang)
        lines.append(counts_line(f"{lang} ({n} articles)", ev.score(lang).overall))
    return lines


def thresholds(ev: Evaluation) -> list[str]:
    lines = [f"{'confidence >=':<28} {'P':>5} {'R':>5} {'F1':>5} {'tp':>4} {'fp':>4} {'fn':>4}"]
    for t in THRESHOLDS:
        lines.append(counts_line(f"{t:.1f}", ev.score(min_confidence=t).overall))
    return lines


def _overlap(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> int:
    """How many of the gold fact's arguments the prediction gets right (kinds aside)."""
    names = [n for n in gold if n != "kind" and gold[n] not in (None, [])]
    return sum(1 for n in names if n in pred and arg_match(n, gold[n], pred[n]))


def confusion(score: Score) -> Counter[tuple[str, str]]:
    """(gold kind, predicted kind) counts; "-" on either side for a miss or a spurious fact.

    A missed gold fact is paired with a spurious prediction of another kind in the same
    article when they share an argument value: that is a kind confusion, not two errors.
    """
    table: Counter[tuple[str, str]] = Counter()
    for kind, c in score.per_kind.items():
        table[(kind, kind)] += c.tp
    spurious = list(score.spurious)
    for article, g in score.missed:
        best = max(
            (s for s in spurious if s[0] == article and s[1]["kind"] != g["kind"]),
            key=lambda s: _overlap(g, s[1]),
            default=None,
        )
        if best is not None and _overlap(g, best[1]) > 0:
            spurious.remove(best)
            table[(str(g["kind"]), str(best[1]["kind"]))] += 1
        else:
            table[(str(g["kind"]), "-")] += 1
    for _, p in spurious:
        table[("-", str(p["kind"]))] += 1
    return table


def confusion_lines(score: Score) -> list[str]:
    table = confusion(score)
    lines = ["gold kind -> predicted kind (off the diagonal; '-' = nothing)"]
    for (g, p), n in sorted(table.items(), key=lambda kv: -kv[1]):
        if g != p and n:
            lines.append(f"  {g:<28} -> {p:<28} {n:4d}")
    return lines


def _best_sentence(outcome: Outcome, gold: Mapping[str, Any]) -> str:
    """The sentence that best carries a gold fact: most argument names and kind words."""
    words = set()
    for name in KIND_ARGS.get(str(gold["kind"]), ()):
        value = gold.get(name)
        for v in value if isinstance(value, list) else [value]:
            for w in (v if isinstance(v, list) else [v]) if v else []:
                words |= {t[:5].lower() for t in str(w).split() if len(t) > 3}
    best, best_hits = "", 0
    for sent in outcome.doc.text.replace("\n", " ").split(". "):
        hits = sum(1 for w in words if w in sent.lower())
        if hits > best_hits:
            best, best_hits = sent.strip(), hits
    return best[:300]


def error_lines(ev: Evaluation) -> list[str]:
    """Per article: missed facts (with a likely sentence) and spurious ones (with evidence)."""
    lines: list[str] = []
    for o in ev.outcomes:
        single = ev.score_one(o)
        if not single.missed and not single.spurious and not o.error:
            continue
        lines.append(f"== {o.doc.name} ({o.doc.language}, {o.doc.published})")
        if o.error:
            lines.append(f"  error: {o.error}")
        for _, g in single.missed:
            lines.append(f"  MISSED   {json.dumps(g, ensure_ascii=False)}")
            lines.append(f"           ~ {_best_sentence(o, g)}")
        for _, p in single.spurious:
            fact = next((f for f in o.facts if to_gold(f) == p), None)
            quote = fact.evidence[0].quote[:300] if fact and fact.evidence else ""
            lines.append(f"  SPURIOUS {json.dumps(p, ensure_ascii=False)}")
            lines.append(f"           ~ {quote}")
    return lines
