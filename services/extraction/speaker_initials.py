"""A dotted abbreviation inside a sentence does not end it: "U.S. Ambassador Elin Suleymanov",
"Maj. Gen. Kanan Seyidov", "U.S. Secretary of State Antony Blinken, ... and ... express".

A state written by its initials ("U.S.", "U.K.") and a military or civil title cut short
("Gen.", "Maj.", "Col.", "Lt.", "Dr.") stand before a name as any title does, so the capitalised
words after them are a name and a subject list before a verb still opens its sentence."""

from __future__ import annotations

from .lexicon import word_list
from .text import Token


def dotted_abbreviation(tokens: tuple[Token, ...] | list[Token], k: int) -> bool:
    """The token at `k` ends a dotted abbreviation (its dot, or a word written with its dot)."""
    t = tokens[k]
    if t.text == ".":
        return k > 0 and _short(tokens[k - 1])
    return t.text.endswith(".") and _short_word(t.text[:-1])


def _short(t: Token) -> bool:
    return _short_word(t.text)


def _short_word(word: str) -> bool:
    """A single capital letter ("U" of "U.S.") or a title cut short ("Gen", "Maj")."""
    return (len(word) == 1 and word.isupper()) or word.lower() in word_list("dotted_titles")
