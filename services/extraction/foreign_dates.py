"""Dates that belong to another event of the sentence, not to the trigger's.

A date inside a phrase that names an earlier event ("withdrawing following the recapture last
year", "отошли после наступления в сентябре") or inside a "which" clause about another noun
("encroachments on its territory, which began on May 12") dates that event. The trigger takes
a date outside it, else the narrative's or the news day (guide, Dates: the date of the event
itself, not of an event it is set against).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .lexicon import data_file
from .text import Token

_DATA = Path(__file__).parent / "data" / "date_words.toml"
# how far after its opener a date still lies inside the phrase, in tokens
_REACH = 12
# words that join the names of a trigger's complement ("the meeting of Aliyev and Pashinyan")
_LINKS = frozenset({",", "of", "between", "with", "and", "the", "и", "с", "между"})


@lru_cache(maxsize=4)
def _words(table: str, language: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(w.split()) for w in data_file(_DATA)[table][language])


def _starts(tokens: tuple[Token, ...], k: int, words: tuple[str, ...]) -> bool:
    return tuple(t.lower for t in tokens[k : k + len(words)]) == words


def another_events_date(tokens: tuple[Token, ...], trigger: int, date_start: int) -> bool:
    """Is the date inside a phrase or clause about another event than the trigger's?"""
    at = next((k for k, t in enumerate(tokens) if t.start >= date_start), None)
    if at is None or at == trigger:
        return False
    cyrillic = any("а" <= ch <= "я" or ch == "ё" for t in tokens for ch in t.lower)
    language = "ru" if cyrillic else "en"
    for k in range(at - 1, max(-1, at - _REACH - 1), -1):
        if tokens[k].text in ".;:" or k == trigger:
            return False  # the trigger's own phrase: "talks after the war in 2020"
        if k == trigger + 1:
            return False  # the phrase hangs on the trigger: "fighting since May 12"
        if any(_starts(tokens, k, w) for w in _words("sequence_openers", language)):
            # "after the war of 2020" names another event; "after troops opened fire on
            # Monday" tells a clause that may be the trigger's own episode
            inside = range(k + 1, at)
            return not any(_verb_form(tokens[j]) and not _adjective(tokens, j) for j in inside)
        if any(_starts(tokens, k, w) for w in _words("relative_words", language)):
            return not (trigger < k and _names_the_trigger(tokens, trigger, k))
    return False


def _adjective(tokens: tuple[Token, ...], j: int) -> bool:
    """ "the disputed territory": a past participle after an article qualifies a noun."""
    return j > 0 and tokens[j - 1].lower in ("the", "a", "an", "its", "their")


def _verb_form(t: Token) -> bool:
    """A verb or participle: English past forms ("detained"), Russian verbs and participles."""
    if not any("а" <= ch <= "я" for ch in t.lower):
        return t.tense == "past"
    return t.pos in ("VERB", "INFN", "PRTF", "PRTS", "GRND")


def _names_the_trigger(tokens: tuple[Token, ...], trigger: int, k: int) -> bool:
    """ "the meeting, which", "the meeting of Aliyev and Pashinyan, which": only the trigger's
    own complement of names stands between, so the clause is about the trigger."""
    between = tokens[trigger + 1 : k]
    if all(t.lower in _LINKS or t.text[:1].isupper() for t in between):
        return True
    # "the ceasefire agreement, which": a short noun phrase with no verb is the trigger's
    return len(between) <= 4 and not any(_verb_form(t) or t.lower == "to" for t in between)
