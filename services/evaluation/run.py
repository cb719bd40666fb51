"""Run the extractor over documents and score it: totals, per kind, per language, thresholds."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from services.extraction import ExtractedFact, extract_article, to_gold
from services.extraction.scoring import Score, score_article

from .corpus import Document

THRESHOLDS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9)


@dataclass
class Outcome:
    """One document's predictions (full facts) and any error the extractor raised."""

    doc: Document
    facts: list[ExtractedFact] = field(default_factory=list)
    error: str | None = None

    def predicted(self, min_confidence: float = 0.0) -> list[dict[str, Any]]:
        return [to_gold(f) for f in self.facts if f.confidence >= min_confidence]


@dataclass
class Evaluation:
    outcomes: list[Outcome]
    seconds: float

    def score(self, language: str | None = None, min_confidence: float = 0.0) -> Score:
        score = Score()
        for o in self.outcomes:
            if language and o.doc.language != language:
                continue
            score_article(o.doc.gold, o.predicted(min_confidence), o.doc.name, score)
        return score

    def score_one(self, outcome: Outcome) -> Score:
        return score_article(outcome.doc.gold, outcome.predicted(), outcome.doc.name)

    def languages(self) -> list[str]:
        return sorted({o.doc.language or "?" for o in self.outcomes})

    def errors(self) -> list[str]:
        return [f"{o.doc.name}: {o.error}" for o in self.outcomes if o.error]


def run(docs: list[Document]) -> Evaluation:
    """Extract every document (errors are reported, not raised)."""
    started = time.perf_counter()
    outcomes: list[Outcome] = []
    for doc in docs:
        try:
            result = extract_article(doc.text, doc.published, doc.language)
            outcomes.append(Outcome(doc, list(result.facts)))
        except Exception as exc:  # an evaluation run reports, it does not stop
            outcomes.append(Outcome(doc, error=f"{type(exc).__name__}: {exc}"))
    return Evaluation(outcomes, time.perf_counter() - started)
