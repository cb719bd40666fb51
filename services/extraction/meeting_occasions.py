"""A meeting named only as what came before the clause's event: "after holding talks in
Washington", "following the meeting in Brussels", "после переговоров в Вашингтоне", "по итогам
встречи в Брюсселе". When the clause names another meeting after it, that one is what the
clause tells (its kind, place and day are its own); the earlier one is only its occasion."""

from __future__ import annotations

from .lexicon import word_list
from .meeting_cues import held_participle
from .rules import Clause


def after_occasion(c: Clause, trig: int) -> bool:
    """An "after" frame opens the few words right before the meeting word, with no finite
    verb between them ("after holding four-day-long talks", "по итогам встречи")."""
    lo = max(c.lo, trig - OCCASION_REACH)
    words = [t.lower for t in c.tokens[lo:trig]]
    for w in word_list("after_frames"):
        frame = w.split()
        for k in range(len(words) - len(frame) + 1):
            if words[k : k + len(frame)] == frame and not any(
                t.tense for t in c.tokens[lo + k + len(frame) : trig]
            ):
                return True
    return False


def told_meeting(c: Clause, hits: list[int]) -> list[int]:
    """The meeting words left once a first one named as the occasion ("after the talks in
    X") yields to a later one; the hits as they are otherwise."""
    # "after the meeting held in Brussels on May 14": a meeting its own participle says took
    # place is a fact of its own, read as such
    if len(hits) > 1 and after_occasion(c, hits[0]) and not held_participle(c, hits[0]):
        later = [h for h in hits[1:] if not after_occasion(c, h)]
        return later or hits
    return hits


OCCASION_REACH = 5  # "after holding four-day-long talks"
