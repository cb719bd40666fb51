"""Near misses: a missed gold fact and a spurious prediction of the same kind in one article.

Each such pair costs one false positive AND one false negative, so which arguments keep the
pairs apart says where a fix is worth twice a plain miss. Pairing is greedy per article and
kind (the prediction that differs in the fewest arguments), by the scorer's own argument rule.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from services.extraction.models import KIND_ARGS
from services.extraction.scoring import arg_match

Fact = Mapping[str, Any]
Listed = tuple[str, Fact]  # (article, fact) as the score lists misses and spurious facts


@dataclass(frozen=True, slots=True)
class NearMisses:
    pairs: Counter[tuple[str, tuple[str, ...]]]  # (kind, arguments that differ) -> pairs
    plain_missed: Counter[str]  # kind -> missed facts with no spurious fact of their kind
    plain_spurious: Counter[str]

    def by_argument(self) -> Counter[str]:
        out: Counter[str] = Counter()
        for (_, differing), n in self.pairs.items():
            for name in differing:
                out[name] += n
        return out


def differing(gold: Fact, pred: Fact) -> tuple[str, ...]:
    """The scored arguments of a gold fact that a prediction of its kind does not satisfy."""
    names = KIND_ARGS.get(str(gold["kind"]), tuple(k for k in gold if k != "kind"))
    return tuple(n for n in names if not arg_match(n, gold.get(n), pred.get(n)))


def near_misses(missed: Iterable[Listed], spurious: Iterable[Listed]) -> NearMisses:
    groups: defaultdict[tuple[str, str], tuple[list[Fact], list[Fact]]] = defaultdict(
        lambda: ([], [])
    )
    for article, fact in missed:
        groups[(article, str(fact["kind"]))][0].append(fact)
    for article, fact in spurious:
        groups[(article, str(fact["kind"]))][1].append(fact)
    pairs: Counter[tuple[str, tuple[str, ...]]] = Counter()
    plain_missed: Counter[str] = Counter()
    plain_spurious: Counter[str] = Counter()
    for (_, kind), (golds, preds) in sorted(groups.items()):
        left = list(preds)
        for gold in golds:
            if not left:
                plain_missed[kind] += 1
                continue
            best = min(left, key=lambda p: len(differing(gold, p)))
            left.remove(best)
            pairs[(kind, differing(gold, best))] += 1
        if left:
            plain_spurious[kind] += len(left)
    return NearMisses(pairs, plain_missed, plain_spurious)


def near_miss_lines(found: NearMisses, top: int = 25) -> list[str]:
    total = sum(found.pairs.values())
    lines = [
        f"near misses: {total} pairs (each one fp and one fn); plain missed "
        f"{sum(found.plain_missed.values())}, plain spurious {sum(found.plain_spurious.values())}",
        "arguments that differ: "
        + ", ".join(f"{name} {n}" for name, n in found.by_argument().most_common()),
        f"{'kind':32s} {'differing arguments':36s} pairs",
    ]
    for (kind, names), n in found.pairs.most_common(top):
        lines.append(f"  {kind:30s} {','.join(names) or '(none: matched elsewhere)':36s} {n:5d}")
    return lines
