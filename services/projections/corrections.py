"""Retractions and supersessions, kept in a read model's state and applied when deriving."""

from __future__ import annotations

from typing import TypeVar

from pydantic import BaseModel, ConfigDict

from contracts.lifecycle import FactRetracted, FactSuperseded
from services.projections.claims import Claim


class Correction(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    fact_id: str
    replacement_id: str | None
    reason: str


F = TypeVar("F", bound=BaseModel)


def add_correction(
    corrections: tuple[Correction, ...], data: FactRetracted | FactSuperseded
) -> tuple[Correction, ...]:
    replacement = data.replacement_id if isinstance(data, FactSuperseded) else None
    new = Correction(fact_id=data.fact_id, replacement_id=replacement, reason=data.reason)
    if new in corrections:
        return corrections
    return tuple(sorted((*corrections, new), key=lambda c: (c.fact_id, c.replacement_id or "")))


def apply_corrections(facts: tuple[F, ...], corrections: tuple[Correction, ...]) -> tuple[F, ...]:
    """Mark corrected claims; they stay in the read model, flagged, and stop counting."""
    if not corrections:
        return facts
    by_id = {c.fact_id: c for c in corrections}
    out = []
    for fact in facts:
        claim: Claim = fact.claim  # type: ignore[attr-defined]
        c = by_id.get(claim.fact_id)
        if c is not None:
            claim = claim.model_copy(
                update={
                    "retracted": c.replacement_id is None,
                    "superseded_by": c.replacement_id,
                    "correction_reason": c.reason,
                }
            )
            fact = fact.model_copy(update={"claim": claim})
        out.append(fact)
    return tuple(out)
