"""A plural group word as the object of a meeting word: "Baerbock will separately meet with the
ministers", "Лавров встретился с ними", "met with both leaders". The object refers back, as the
subject does in "the two leaders met": it names the people of the sentence before, who join the
subject at the table (words in data/meeting_people.toml)."""

from __future__ import annotations

from .meeting_principals import words
from .rules import Clause

_PREP_REACH = 3  # "meet with", "met separately Friday with", "встретился отдельно с"
_DET_REACH = 2  # "with the two ministers", "с обоими министрами"


def object_anaphor_people(c: Clause, trig: int) -> list[str]:
    """The people of the sentence before, when the meeting word's object is a plural group
    word ("with the ministers", "с министрами", "with them"); else none."""
    people = c.ctx.last_people
    if len(people) < 2:
        return []
    preps, dets, nouns = words("with_words"), words("group_determiners"), words("object_anaphors")
    end = min(c.hi, trig + 1 + _PREP_REACH)
    prep = next((k for k in range(trig + 1, end) if c.tokens[k].lower in preps), None)
    if prep is None:
        return []
    k = prep + 1
    while k < c.hi and k <= prep + _DET_REACH and c.tokens[k].lower in dets:
        k += 1
    if k < c.hi and c.tokens[k].lower in nouns:
        return list(people[:3])
    return []
