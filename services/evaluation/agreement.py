"""Agreement between two independent annotations of the same articles (F1 of one against
the other, scored exactly as the extractor is: the first annotation plays gold)."""

from __future__ import annotations

import json
from pathlib import Path

from services.extraction.scoring import Score, score_article

from .corpus import REAL_CORPUS


def agreement(first: Path = REAL_CORPUS / "gold", second: Path = REAL_CORPUS / "gold2") -> Score:
    """Score `second` against `first` over the articles both annotated."""
    score = Score()
    for path in sorted(second.glob("*.json")):
        other = first / path.name
        if not other.exists():
            continue
        a = json.loads(other.read_text(encoding="utf-8"))["facts"]
        b = json.loads(path.read_text(encoding="utf-8"))["facts"]
        score_article(a, b, path.stem, score)
    return score


def articles_in(second: Path = REAL_CORPUS / "gold2") -> int:
    return len(list(second.glob("*.json")))
