"""One-time loading of what extraction needs, outside any article's time limit.

The lexicons, the gazetteer and the word forms load lazily on first use; under load that
took over 10 s and the first article of a process timed out. The limit bounds an article's
own work, so each language is warmed once by extracting a short sample (data/warm_up.toml)."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).parent / "data" / "warm_up.toml"
_warmed: set[str] = set()


@lru_cache(maxsize=1)
def _samples() -> dict[str, str]:
    with _DATA.open("rb") as fh:
        return {lang: table["text"] for lang, table in tomllib.load(fh).items()}


def warm_up(language: str, extract: Callable[[str, str], object]) -> None:
    """Runs `extract(sample, language)` the first time `language` is asked for."""
    if language in _warmed:
        return
    _warmed.add(language)  # first: a sample that fails must not be retried per article
    sample = _samples().get(language)
    if sample is not None:
        extract(sample, language)
