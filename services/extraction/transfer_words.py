"""The transfer helpers' own word lists (data/transfer_words.toml), apart from the shared
lexicon so that each list stays with the rule that reads it."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).parent / "data" / "transfer_words.toml"


@lru_cache(maxsize=1)
def transfer_words() -> dict[str, Any]:
    with DATA.open("rb") as fh:
        return tomllib.load(fh)


@lru_cache(maxsize=16)
def words(key: str) -> frozenset[str]:
    return frozenset(transfer_words()[key])


@lru_cache(maxsize=1)
def region_parts() -> dict[str, frozenset[str]]:
    """Plural words for parts of a region, by language ("territory in X", "районах X")."""
    return {k: frozenset(v) for k, v in transfer_words()["region_parts"].items()}
