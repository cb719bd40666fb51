"""The transfer helpers' own word lists (data/transfer_words.toml), apart from the shared
lexicon so that each list stays with the rule that reads it."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

from .rules import Clause

DATA = Path(__file__).parent / "data" / "transfer_words.toml"


@lru_cache(maxsize=1)
def transfer_words() -> dict[str, Any]:
    with DATA.open("rb") as fh:
        return tomllib.load(fh)


@lru_cache(maxsize=16)
def words(key: str) -> frozenset[str]:
    return frozenset(transfer_words()[key])


def denied(c: Clause, verbs: list[int]) -> bool:
    """A denial governs the taking: a denial word before a taking told as a noun or a gerund
    ("denied Aliyev's claim of taking Shusha", "опровергла заявление о взятии Шуши"), not a
    denial of something else beside a taking told outright ("denied having claims to Armenia
    after having regained Karabakh")."""
    deny = words("denials")
    said = [k for k, t in enumerate(c.tokens) if t.lemma in deny or t.lower in deny]
    told = [i for i in verbs if c.tokens[i].pos == "NOUN" or c.tokens[i].lower.endswith("ing")]
    return any(k < i for k in said for i in told)


@lru_cache(maxsize=1)
def region_parts() -> dict[str, frozenset[str]]:
    """Plural words for parts of a region, by language ("territory in X", "районах X")."""
    return {k: frozenset(v) for k, v in transfer_words()["region_parts"].items()}
