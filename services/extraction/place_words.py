"""Place words ("село Тех", "the town of Berd", "села Забух и Сус"): what makes a one-word
alias of an `ambiguous` gazetteer entity a place name (gazetteer.py). The words are data
(`[words] place_words`, `place_list_joiners` in lexicon.toml)."""

from __future__ import annotations

from .gazetteer_model import Tokens
from .lexicon import word_list
from .text import Token


def _is_place_word(token: Token) -> bool:
    words = word_list("place_words")
    return token.lemma in words or token.lower in words


def near_place_word(tokens: Tokens, i: int) -> bool:
    """A place word right before or after token i, or "<place word> of" before it."""
    if i > 0 and _is_place_word(tokens[i - 1]):
        return True
    if i + 1 < len(tokens) and _is_place_word(tokens[i + 1]):
        return True
    if i > 1 and tokens[i - 1].lower == "of" and _is_place_word(tokens[i - 2]):
        return True
    return _listed_after_place_word(tokens, i)


def _listed_after_place_word(tokens: Tokens, i: int) -> bool:
    """ "села Забух и Сус", "the villages of Zabukh and Sus": a later member of a list of
    names that a place word opens is a place too."""
    k, joined = i - 1, False
    while k >= max(0, i - 10):
        t = tokens[k]
        if t.lower in word_list("place_list_joiners"):
            joined = True
        elif _is_place_word(t) or (t.lower == "of" and k and _is_place_word(tokens[k - 1])):
            return joined
        elif not t.text[:1].isupper():
            return False
        k -= 1
    return False
