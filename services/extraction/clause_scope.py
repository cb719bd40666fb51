"""The scope of a fact's arguments: the clause of its own predicate (clause20).

"A and B met with C on October 24 and reaffirmed the ceasefire agreed in Moscow": a second
predicate joined by "and"/"и" after the meeting's own verb is a clause of its own (it shares
the subject only); the people, places and days named after it are its arguments, not the
meeting's.
"""

from __future__ import annotations

from dataclasses import replace

from .lexicon import word_list
from .rules import Clause
from .text import Token


def _finite(t: Token) -> bool:
    """A verb with a tense of its own: English forms with a tense; Russian finite verbs
    (never a participle, which is tagged apart from VERB)."""
    if not t.tense:
        return False
    return t.pos == "VERB" if not t.lower.isascii() else True


def _second_predicate(c: Clause, k: int) -> bool:
    """ "and reaffirmed", "и обсудили", "and then decided": a joiner followed (after at most
    one adverb) by a finite verb."""
    if c.tokens[k].lower not in ("and", "и"):
        return False
    adverbs = word_list("predicate_adverbs")
    nxt = k + 1
    if nxt < c.hi and c.tokens[nxt].lower in adverbs:
        nxt += 1
    return nxt < c.hi and _finite(c.tokens[nxt])


def _same_event(c: Clause, k: int, cues: frozenset[str | tuple[str, ...]]) -> bool:
    """The predicate after `k` tells of the event itself: it names it again ("met and held
    talks") or says it took place ("met and the talks took place in private")."""
    rest = replace(c, lo=k + 1)
    held = word_list("held_participle_verbs") | word_list("held_participles") | {"took", "take"}
    return bool(rest.at(cues)) or any(
        t.lemma in held or t.lower in held for t in c.tokens[k + 1 : min(c.hi, k + 5)]
    )


def own_predicate(c: Clause, trig: int, cues: frozenset[str | tuple[str, ...]]) -> Clause:
    """The clause cut before a second predicate after the trigger, when the part before it has
    a finite verb of its own (the trigger's clause is complete) and the predicate after names
    no event of the same kind (`cues`: "met and held talks in Moscow" tells of one meeting)."""
    for k in range(trig + 1, c.hi):
        if not _second_predicate(c, k):
            continue
        if _same_event(c, k, cues) or not any(_finite(t) for t in c.tokens[c.lo : k]):
            return c
        return replace(c, hi=k)
    return c
