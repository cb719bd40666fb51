"""Scoring predicted facts against gold facts, exactly by the corpus README's rules.

A prediction matches a gold fact when the kinds are equal and every scored argument present
(non-null) in the gold fact matches: scalars equal (a gold list = any of these), plural
fields (`participants`, `parties`) compared as sets whose members may list alternatives,
dates equal at the gold precision; comparison ignores case. Each gold fact matches at most
once (maximum bipartite matching). Attribution accuracy: among gold facts with a
`claimed_by`/`denied_by`/`speaker` that some prediction matches on every *other* argument,
the share that also match on attribution.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .models import KIND_ARGS

PLURAL = frozenset({"participants", "parties"})
ATTRIBUTION = frozenset({"claimed_by", "denied_by", "speaker"})
Fact = Mapping[str, Any]
# decides whether a fact of the second list satisfies one of the first, skipping some arguments
FactMatch = Callable[[Fact, Fact, frozenset[str]], bool]


def _norm(value: Any) -> str:
    return str(value).strip().lower()


def _alternatives(gold: Any) -> set[str]:
    return {_norm(g) for g in gold} if isinstance(gold, list) else {_norm(gold)}


def _scalar_match(name: str, gold: Any, pred: Any) -> bool:
    options = _alternatives(gold)
    preds = pred if isinstance(pred, list) else [pred]
    preds = [p for p in preds if p is not None]
    if not preds:
        return False
    if name == "date":
        # equal at the gold date's precision: "2024-04-17" matches a gold "2024-04"; a less
        # precise prediction ("2024-04" for a gold day) does not
        return all(
            any(len(_norm(p)) >= len(o) and _norm(p)[: len(o)] == o for o in options) for p in preds
        )
    return all(_norm(p) in options for p in preds)


def one_to_one(size: int, fits: Callable[[int, int], bool]) -> bool:
    """Can the members 0..size-1 of one set be paired, one to one, with those of another of
    the same size so that `fits(i, j)` holds for every pair (backtracking: sets are small)?"""
    used: set[int] = set()

    def assign(i: int) -> bool:
        if i == size:
            return True
        for j in range(size):
            if j not in used and fits(i, j):
                used.add(j)
                if assign(i + 1):
                    return True
                used.discard(j)
        return False

    return assign(0)


def _set_match(gold: Sequence[Any], pred: Any) -> bool:
    if not isinstance(pred, list) or len(pred) != len(gold):
        return False
    members = [_alternatives(g) for g in gold]
    preds = [_norm(p) for p in pred]
    return one_to_one(len(members), lambda i, j: preds[j] in members[i])


def arg_match(name: str, gold: Any, pred: Any) -> bool:
    """Does a predicted argument value satisfy the gold value?"""
    if gold is None or gold == []:
        return True
    if name in PLURAL:
        return _set_match(gold, pred)
    return _scalar_match(name, gold, pred)


def fact_match(gold: Fact, pred: Fact, skip: frozenset[str] = frozenset()) -> bool:
    if gold.get("kind") != pred.get("kind"):
        return False
    names = KIND_ARGS.get(str(gold["kind"]), tuple(k for k in gold if k != "kind"))
    return all(arg_match(n, gold.get(n), pred.get(n)) for n in names if n not in skip)


def _matching(
    gold: Sequence[Fact], pred: Sequence[Fact], skip: frozenset[str], match: FactMatch = fact_match
) -> dict[int, int]:
    """Maximum bipartite matching gold index -> prediction index (augmenting paths)."""
    edges = [[j for j, p in enumerate(pred) if match(g, p, skip)] for g in gold]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(gold)):
        augment(i, set())
    return {i: j for j, i in owner.items()}


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Score:
    """Totals over articles, per kind, attribution, and the missed/spurious facts."""

    overall: Counts = field(default_factory=Counts)
    per_kind: dict[str, Counts] = field(default_factory=dict)
    attribution_right: int = 0
    attribution_total: int = 0
    missed: list[tuple[str, Fact]] = field(default_factory=list)
    spurious: list[tuple[str, Fact]] = field(default_factory=list)

    @property
    def attribution_accuracy(self) -> float:
        if not self.attribution_total:
            return 1.0
        return self.attribution_right / self.attribution_total

    def kind(self, name: str) -> Counts:
        return self.per_kind.setdefault(name, Counts())


def score_article(
    gold: Sequence[Fact],
    pred: Sequence[Fact],
    article: str = "",
    into: Score | None = None,
    match: FactMatch = fact_match,
) -> Score:
    """Score one article's predictions against its gold facts (accumulating into `into`)."""
    score = into or Score()
    matched = _matching(gold, pred, frozenset(), match)
    used = set(matched.values())
    for i, g in enumerate(gold):
        kind = score.kind(str(g["kind"]))
        if i in matched:
            score.overall.tp += 1
            kind.tp += 1
        else:
            score.overall.fn += 1
            kind.fn += 1
            score.missed.append((article, g))
    for j, p in enumerate(pred):
        if j not in used:
            score.overall.fp += 1
            score.kind(str(p["kind"])).fp += 1
            score.spurious.append((article, p))
    relaxed = _matching(gold, pred, ATTRIBUTION, match)
    for i, g in enumerate(gold):
        if any(g.get(a) for a in ATTRIBUTION) and i in relaxed:
            score.attribution_total += 1
            score.attribution_right += int(i in matched)
    return score
