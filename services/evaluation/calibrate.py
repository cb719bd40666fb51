"""`python -m services.evaluation.calibrate`: write data/confidence.toml from the dev split.

Per kind, the smoothed share of predictions that matched gold ((tp + 1) / (n + 2)); per
evidence count and per date class, the odds ratio of being right against all predictions.
Only the dev split is read: the holdout stays unseen.
"""

from __future__ import annotations

from collections import defaultdict

from services.extraction.confidence import DATA, date_class
from services.extraction.scoring import _matching

from .corpus import real_documents
from .run import run

HEADER = """# Calibrated confidence of extracted facts, written by
# `python -m services.evaluation.calibrate` from the real-news dev split (the holdout never
# informs it). kind: share of predictions of the kind that matched gold, smoothed.
# spans, date: odds ratios of being right by evidence count and by how the date was found.
"""


def _odds(tp: int, n: int) -> float:
    p = (tp + 1) / (n + 2)
    return p / (1 - p)


def main() -> None:
    docs, _ = real_documents("dev")
    ev = run(docs)
    by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_spans: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_date: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    total = [0, 0]
    for o in ev.outcomes:
        preds = o.predicted()
        used = set(_matching(o.doc.gold, preds, frozenset()).values())
        for j, fact in enumerate(o.facts):
            hit = int(j in used)
            for table, key in (
                (by_kind, fact.kind),
                (by_spans, str(min(len(fact.evidence), 3))),
                (by_date, date_class(fact.date_derivation)),
            ):
                table[key][0] += hit
                table[key][1] += 1
            total[0] += hit
            total[1] += 1
    overall = _odds(*total)
    lines = [HEADER, f"default = {round((total[0] + 1) / (total[1] + 2), 3)}", "", "[kind]"]
    lines += [f"{k} = {round((tp + 1) / (n + 2), 3)}" for k, (tp, n) in sorted(by_kind.items())]
    lines += ["", "[spans]"]
    lines += [
        f'"{k}" = {round(_odds(tp, n) / overall, 3)}' for k, (tp, n) in sorted(by_spans.items())
    ]
    lines += ["", "[date]"]
    lines += [f"{k} = {round(_odds(tp, n) / overall, 3)}" for k, (tp, n) in sorted(by_date.items())]
    DATA.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {DATA} from {len(docs)} dev articles, {total[1]} predictions")


if __name__ == "__main__":
    main()
