"""natasha's dependency parse of one Russian sentence, loaded lazily (no I/O at import time).

The parser (slovnet over navec embeddings, about 2.5 s to load) is asked only about sentences
that already hold a trigger, so its cost is bounded by the trigger sentences, not the article.
"""

from __future__ import annotations

import os
import threading
import time
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .text import Token

_LOCK = threading.Lock()
_PARSER: Any = None
#: Counts of parsed sentences and of role comparisons (read by the experiment's script).
STATS: Counter[str] = Counter()
SECONDS = {"parse": 0.0, "parse_cpu": 0.0, "load": 0.0}


@dataclass(frozen=True, slots=True)
class Parse:
    """Heads (index of the head token, -1 for the root) and relations, one per token."""

    heads: tuple[int, ...]
    rels: tuple[str, ...]

    def children(self, i: int, *rels: str) -> list[int]:
        return [
            k for k, h in enumerate(self.heads) if h == i and (not rels or self.rels[k] in rels)
        ]


def mode() -> str:
    """FACTSTREAM_SYNTAX: "off" (default), "log" (compare only) or "first" (parse decides)."""
    return os.environ.get("FACTSTREAM_SYNTAX", "off")


def _parser() -> Any:
    global _PARSER
    if _PARSER is None:
        with _LOCK:
            if _PARSER is None:
                from natasha import NewsEmbedding, NewsSyntaxParser

                _PARSER = NewsSyntaxParser(NewsEmbedding())
    return _PARSER


@lru_cache(maxsize=4096)
def _parse_words(words: tuple[str, ...]) -> Parse:
    STATS["parsed"] += 1
    t0 = time.perf_counter()
    parser = _parser()
    t1, c1 = time.perf_counter(), time.process_time()
    markup = next(iter(parser.map([list(words)])))
    SECONDS["load"] += t1 - t0
    SECONDS["parse"] += time.perf_counter() - t1
    SECONDS["parse_cpu"] += time.process_time() - c1
    index = {t.id: k for k, t in enumerate(markup.tokens)}
    heads = tuple(index.get(t.head_id, -1) for t in markup.tokens)
    return Parse(heads, tuple(t.rel for t in markup.tokens))


def parse(tokens: tuple[Token, ...]) -> Parse:
    """The parse of a sentence's tokens (our tokens, so indices match the extractor's)."""
    return _parse_words(tuple(t.text for t in tokens))
