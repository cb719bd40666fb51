"""Prisoners handed over, released or sent home, told without the word "exchange".

The guide counts a one-sided release as PrisonersExchanged only where the text calls it an
exchange. The clause rule proposes the release ("Azerbaijan handed over ten servicemen to
Armenia", "пленные вернулись в Армению"); the article decides: without an exchange word
anywhere in it ("in exchange for mine maps", "обмен пленными"), the release is dropped.
"""

from __future__ import annotations

from .clause_guards import live_hedges, negated
from .dates import DateMention
from .discourse import Draft
from .lexicon import role_names, word_list
from .rules import Clause, _states

RELEASED = "released"  # the modality of a release still waiting for the article's word
REACH = 5  # tokens between the release verb and the people released
CAPTURE_REACH = 6  # tokens between a capture word and the date it gives


def _release_verbs(c: Clause) -> list[int]:
    verbs = word_list("prisoner_release_verbs")
    return [
        i
        for i in range(c.lo, c.hi)
        if (c.tokens[i].lemma in verbs or c.tokens[i].lower in verbs)
        and not negated(c, i)
        and not _a_task(c, i)
    ]


def _released_people(c: Clause) -> list[int]:
    """Besides prisoners: "двух солдат", "15 граждан", "hostages" handed over."""
    words = word_list("released_people")
    return [
        i for i in range(c.lo, c.hi) if c.tokens[i].lemma in words or c.tokens[i].lower in words
    ]


def _a_task(c: Clause, i: int) -> bool:
    """ "the task is to return prisoners", "чтобы освободить пленных": not done yet."""
    t = c.tokens[i]
    before = c.tokens[i - 1].lower if i > c.lo else ""
    return t.pos == "INFN" or before in word_list("release_plan_openers")


def released_prisoners(c: Clause, exclude: set[str]) -> list[Draft]:
    """ "передала армянской стороне 10 военнослужащих", "released 15 prisoners of war"."""
    lex = c.lex
    if c.has(lex.exchange) or c.tense == "futr" or live_hedges(c):
        return []
    people = [*c.at(lex.prisoners), *_released_people(c)]
    verbs = [v for v in _release_verbs(c) if any(abs(v - p) <= REACH for p in people)]
    if not verbs:
        return []
    # the released and their captors; a state helping ("при содействии Венгрии") is no side
    sides = role_names("belligerents")
    parties = [s for s in _states(c.inside(), exclude) if s in sides]
    return [
        c.draft(
            "PrisonersExchanged", {"parties": parties or None}, RELEASED, _release_day(c, verbs)
        )
    ]


def _capture_day(c: Clause, d: DateMention) -> bool:
    """ "detained during the clashes on November 16", "пленных в апреле": the capture's day."""
    words = word_list("capture_words")
    before = [t for t in c.tokens[c.lo : c.hi] if t.end <= d.start][-CAPTURE_REACH:]
    return any(t.lemma in words or t.lower in words for t in before)


def _release_day(c: Clause, verbs: list[int]) -> DateMention | None:
    day = c.date_near(verbs[0])
    if day is None or not _capture_day(c, day):
        return day
    return None


def _called_exchange(text: str) -> bool:
    lowered = text.lower()
    return any(stem in lowered for stem in word_list("exchange_stems"))


def keep_called_exchanges(facts: list[Draft], text: str) -> list[Draft]:
    """Releases stay facts only in an article that calls them an exchange (the guide)."""
    if _called_exchange(text):
        for d in facts:
            if d.modality == RELEASED:
                d.modality = "held"
        return facts
    return [d for d in facts if d.modality != RELEASED]
