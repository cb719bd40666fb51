"""Input validation and language identification (Russian / English only)."""

from __future__ import annotations

import re

MAX_BYTES = 2_000_000

_RU_WORDS = frozenset(
    [
        "и",
        "в",
        "не",
        "на",
        "что",
        "с",
        "по",
        "как",
        "из",
        "за",
        "о",
        "от",
        "к",
        "для",
        "это",
        "его",
        "а",
        "у",
        "же",
    ]
)
_EN_WORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "a",
        "is",
        "on",
        "for",
        "that",
        "with",
        "was",
        "said",
        "by",
        "at",
        "as",
        "from",
    ]
)
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


def detect_language(text: str) -> str | None:
    """ "ru" or "en" by script and function words, else None."""
    sample = text[:20000]
    cyr = len(re.findall(r"[а-яёА-ЯЁ]", sample))
    lat = len(re.findall(r"[a-zA-Z]", sample))
    words = re.findall(r"[a-zA-Zа-яёА-ЯЁ]+", sample.lower())
    if not words:
        return None
    if cyr > lat:
        if len(_UK_LETTERS.findall(sample)) > cyr * 0.01:
            return None
        share = sum(1 for w in words if w in _RU_WORDS) / len(words)
        return "ru" if share >= 0.05 or len(words) < 40 else None
    share = sum(1 for w in words if w in _EN_WORDS) / len(words)
    return "en" if share >= 0.12 or (len(words) < 40 and share >= 0.1) else None
