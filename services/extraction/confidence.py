"""Calibrated confidence: how often facts like this one were right on the real-news dev split.

`data/confidence.toml` holds, per fact kind, the share of predictions that matched the gold
(smoothed), and how that share moves with the evidence (a fact repeated in several sentences
is surer) and with how its date was found. It is written by `python -m
services.evaluation.calibrate` from the dev split only; the holdout never informs it.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).parent / "data" / "confidence.toml"
DEFAULT_BASE = 0.5


@lru_cache(maxsize=1)
def _table() -> dict[str, Any]:
    if not DATA.exists():
        return {}
    with DATA.open("rb") as fh:
        return tomllib.load(fh)


def date_class(derivation: str | None) -> str:
    """ "explicit", "relative", "inferred", "news" (dateline or publication) or "none"."""
    if not derivation:
        return "none"
    head = derivation.split(":")[0].strip()
    return "news" if head in ("dateline", "publication") else head


def confidence(kind: str, spans: int, derivation: str | None) -> float:
    table = _table()
    base = float(table.get("kind", {}).get(kind, table.get("default", DEFAULT_BASE)))
    spans_key = str(min(spans, 3))
    odds = float(table.get("spans", {}).get(spans_key, 1.0))
    odds *= float(table.get("date", {}).get(date_class(derivation), 1.0))
    # combine as odds so the result stays in (0, 1)
    o = base / (1 - base) * odds if base < 1 else 99.0
    return round(min(0.99, max(0.01, o / (1 + o))), 2)
