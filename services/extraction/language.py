"""Input validation and language identification (Russian / English only)."""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

MAX_BYTES = 2_000_000
DATA = Path(__file__).parent / "data" / "language.toml"
SHORT_TEXT_WORDS = 40

_UK_LETTERS = re.compile(r"[іїєґІЇЄҐ]")


def garbage_reason(text: str) -> str | None:
    """A reason if the text is binary or not prose at all, else None."""
    sample = text[:20000]
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\n\r\t") or ch == "\ufffd")
    if bad > max(3, len(sample) // 100):
        return "text looks binary or garbled (control or replacement characters)"
    letters = sum(1 for ch in sample if ch.isalpha())
    if letters < len(sample.strip()) * 0.4:
        return "text has too few letters to be an article"
    return None


@lru_cache(maxsize=1)
def _function_words() -> dict[str, Any]:
    with DATA.open("rb") as fh:
        data = tomllib.load(fh)
    return {
        lang: {**table, "words": frozenset(table["function_words"])} for lang, table in data.items()
    }


def _share(words: list[str], language: str) -> float:
    known = _function_words()[language]["words"]
    return sum(1 for w in words if w in known) / len(words)


def detect_language(text: str, declared: str | None = None) -> str | None:
    """ "ru" or "en" by script and function words, else None. A short English text its sender
    declared English (a headline and a line carry few function words) needs half the share."""
    sample = text[:20000]
    cyr = len(re.findall(r"[а-яёА-ЯЁ]", sample))
    lat = len(re.findall(r"[a-zA-Z]", sample))
    words = re.findall(r"[a-zA-Zа-яёА-ЯЁ]+", sample.lower())
    if not words:
        return None
    if cyr > lat:
        # Ukrainian letters all through the text, not in one boilerplate line of a Russian
        # page ("Підписуйтесь на наш Telegram-канал")
        lines = [line for line in sample.splitlines() if line.strip()]
        uk_lines = [line for line in lines if _UK_LETTERS.search(line)]
        if len(_UK_LETTERS.findall(sample)) > cyr * 0.01 and len(uk_lines) > len(lines) * 0.2:
            return None
        ru = _function_words()["ru"]
        short = len(words) < SHORT_TEXT_WORDS
        return "ru" if short or _share(words, "ru") >= ru["min_share"] else None
    en = _function_words()["en"]
    need = en["min_share_short"] if len(words) < SHORT_TEXT_WORDS else en["min_share"]
    if declared == "en" and len(words) < SHORT_TEXT_WORDS:
        need /= 2
    return "en" if _share(words, "en") >= need else None
