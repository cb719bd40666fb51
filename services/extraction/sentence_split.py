"""Where sentences begin and end: razdel's sentences, kept inside their lines (unless a line
is wrapped inside its sentence) and joined across abbreviations."""

from __future__ import annotations

import itertools
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    stop: int
    text: str


_SENTENCE_END = tuple(".!?…:;")
_LANGUAGE = Path(__file__).parent / "data" / "language.toml"


@lru_cache(maxsize=2)
def _open_ends(language: str) -> frozenset[str]:
    """Words no sentence ends with (prepositions, conjunctions, articles)."""
    with _LANGUAGE.open("rb") as fh:
        return frozenset(tomllib.load(fh).get(language, {}).get("open_ends", []))


def wrapped_breaks(text: str, language: str) -> set[int]:
    """Offsets of line breaks inside a sentence (a hard-wrapped page): no sentence punctuation
    before the break, and either a lower-case letter after it or a comma or a word no sentence
    ends with ("of", "and", "в", "что") before it."""
    out: set[int] = set()
    open_ends = _open_ends(language)
    lines = text.split("\n")
    pos = 0
    for line, following in itertools.pairwise(lines):
        pos += len(line)  # the offset of the break after this line
        before, after = line.rstrip(" \t"), following.lstrip(" \t")
        last = before.rsplit(None, 1)[-1].lower() if before.strip() else ""
        if (
            before.strip()
            and after[:1].isalnum()
            and not before.endswith(_SENTENCE_END)
            and not _capitals(after)  # "МОСКВА, 23 июн": a dateline opens its own line
            and (after[:1].islower() or before.endswith(",") or last in open_ends)
        ):
            out.add(pos)
        pos += 1
    return out


def _capitals(line: str) -> bool:
    word = line.split(None, 1)[0].strip(",.") if line.strip() else ""
    return len(word) > 1 and word.isupper()


def line_sentences(text: str, language: str, sentenize: Any) -> list[Span]:
    """Sentences that never cross a line break: a headline, a caption or a dateline line
    without a final stop is a unit of its own, not the start of the next sentence — unless
    the break is inside a sentence (`wrapped_breaks`), where the lines are read as one."""
    out: list[Span] = []
    joined = wrapped_breaks(text, language)
    pos = 0
    lines = text.split("\n")
    k = 0
    while k < len(lines):
        line = lines[k]
        while pos + len(line) in joined:  # the break ending this line is inside a sentence
            k += 1
            line += " " + lines[k]  # a space of the break's length keeps the offsets
        if line.strip():
            spans = [Span(pos + s.start, pos + s.stop, s.text) for s in sentenize(line)]
            out += _join_at_abbreviations(spans, text)
        pos += len(line) + 1
        k += 1
    return out


def _join_at_abbreviations(spans: list[Span], text: str) -> list[Span]:
    """ "said on Nov. 20 its troops", "Lt. Gen. Rustam Muradov": no sentence ends at an
    abbreviation followed by a number or a capitalised word."""
    from .lexicon import table  # data file; loaded on first use

    abbreviations = frozenset(table("abbreviations").get("en", []))
    out: list[Span] = []
    for span in spans:
        last_word = out[-1].text.rsplit(None, 1)[-1] if out else ""
        if (
            last_word.endswith(".")
            and last_word[:-1] in abbreviations
            and span.text[:1].isalnum()
            and not span.text[:1].islower()
        ):
            prev = out[-1]
            out[-1] = Span(prev.start, span.stop, text[prev.start : span.stop])
        else:
            out.append(span)
    return out
