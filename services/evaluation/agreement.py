"""Agreement between two independent annotations of the same articles (F1 of one against
the other; the first annotation plays gold).

Two measures. *Strict* scores the second annotation exactly as the extractor is scored: a list
in it must lie wholly within the first's alternatives. *Compatible* (the figure reported) treats
both sides alike: two annotators agree on an argument when their alternatives share a value
(plural fields member by member, one to one; dates at the first annotation's precision), since
alternatives on either side name the same thing and an extractor only ever gives one value.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from services.extraction.models import KIND_ARGS
from services.extraction.scoring import (
    PLURAL,
    Fact,
    FactMatch,
    Score,
    fact_match,
    one_to_one,
    score_article,
)

from .corpus import REAL_CORPUS


def _options(value: Any) -> set[str]:
    values = value if isinstance(value, list) else [value]
    return {str(v).strip().lower() for v in values if v is not None}


def _scalars_agree(name: str, first: Any, second: Any) -> bool:
    a, b = _options(first), _options(second)
    if name == "date":
        return any(len(y) >= len(x) and y[: len(x)] == x for x in a for y in b)
    return bool(a & b)


def _members_agree(first: list[Any], second: Any) -> bool:
    if not isinstance(second, list) or len(second) != len(first):
        return False
    a, b = [_options(m) for m in first], [_options(m) for m in second]
    return one_to_one(len(a), lambda i, j: bool(a[i] & b[j]))


def facts_agree(first: Fact, second: Fact, skip: frozenset[str] = frozenset()) -> bool:
    """Do two annotators' facts say the same thing on every argument the first one gives?"""
    if first.get("kind") != second.get("kind"):
        return False
    names = KIND_ARGS.get(str(first["kind"]), tuple(k for k in first if k != "kind"))
    for name in names:
        value, other = first.get(name), second.get(name)
        if name in skip or value is None or value == []:
            continue
        if other is None or other == []:
            return False
        agree = (
            _members_agree(value, other) if name in PLURAL else _scalars_agree(name, value, other)
        )
        if not agree:
            return False
    return True


def agreement(
    first: Path = REAL_CORPUS / "gold",
    second: Path = REAL_CORPUS / "gold2",
    match: FactMatch = facts_agree,
) -> Score:
    """Score `second` against `first` over the articles both annotated."""
    score = Score()
    for path in sorted(second.glob("*.json")):
        other = first / path.name
        if not other.exists():
            continue
        a = json.loads(other.read_text(encoding="utf-8"))["facts"]
        b = json.loads(path.read_text(encoding="utf-8"))["facts"]
        score_article(a, b, path.stem, score, match)
    return score


def strict_agreement(
    first: Path = REAL_CORPUS / "gold", second: Path = REAL_CORPUS / "gold2"
) -> Score:
    """The second annotation scored exactly as the extractor's output is."""
    return agreement(first, second, fact_match)


def articles_in(second: Path = REAL_CORPUS / "gold2") -> int:
    return len(list(second.glob("*.json")))
