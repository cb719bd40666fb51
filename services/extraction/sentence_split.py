"""Where sentences begin and end: razdel's sentences, kept inside their lines and joined
across abbreviations. Split from text.py, behaviour unchanged."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    stop: int
    text: str


def line_sentences(text: str, sentenize: Any) -> list[Span]:
    """Sentences that never cross a line break: a headline, a caption or a dateline line
    without a final stop is a unit of its own, not the start of the next sentence."""
    out: list[Span] = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            spans = [Span(pos + s.start, pos + s.stop, s.text) for s in sentenize(line)]
            out += _join_at_abbreviations(spans, text)
        pos += len(line) + 1
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
