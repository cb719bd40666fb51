"""An abbreviation in parentheses inside a name ("Госпогранслужба (ГПС) Азербайджана",
"Служба национальной безопасности (СНБ) Армении"): the name is matched as if the bracket were
not there, so the institution is found whole and not as its state alone."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from .gazetteer_model import Mention, Tokens

_MAX_LETTERS = 6
_LOOKBACK = 4  # words before the bracket whose initials the abbreviation may take


def across_abbreviations(tokens: Tokens, match: Callable[[Tokens], list[Mention]]) -> list[Mention]:
    """The mentions `match` finds with the bracketed abbreviations left out, at their
    positions in the sentence."""
    gaps = abbreviation_gaps(tokens)
    if not gaps:
        return match(tuple(tokens))
    kept = [k for k in range(len(tokens)) if k not in gaps]
    inner = match(tuple(tokens[k] for k in kept))
    return [replace(m, first=kept[m.first], last=kept[m.last]) for m in inner]


def abbreviation_gaps(tokens: Tokens) -> set[int]:
    """Positions of "(", the abbreviation and ")" where the abbreviation repeats the initial
    of one of the few words before it (so "MOSCOW (AP)" or "(ТАСС)" stay)."""
    out: set[int] = set()
    for k in range(1, len(tokens) - 3):
        opening, abbr, closing = tokens[k], tokens[k + 1], tokens[k + 2]
        word = abbr.text
        if opening.text != "(" or closing.text != ")" or not _abbreviation(word):
            continue
        before = [t.text for t in tokens[max(0, k - _LOOKBACK) : k] if t.text[:1].isalpha()]
        if any(w[0].lower() == word[0].lower() for w in before) and _initials_fit(word, before):
            out |= {k, k + 1, k + 2}
    return out


def _abbreviation(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    capitals = sum(c.isupper() for c in letters)
    return 2 <= len(letters) <= _MAX_LETTERS and capitals >= 2 and word.isalpha()


def _initials_fit(word: str, before: list[str]) -> bool:
    """Every later letter of the abbreviation starts one of the words, or sits inside the
    compound the abbreviation starts with ("Госпогранслужба" → ГПС)."""
    rest = word[1:].lower()
    text = " ".join(before).lower()
    return all(c in text for c in rest)
