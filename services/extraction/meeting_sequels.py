"""Two meetings told in one sentence: one of them named in a clause of time ("after hosting a
meeting with B", "после встречи с Б").

"Pompeo welcomed Mnatsakanyan ..., one hour after hosting a meeting with Bayramov", "After
meeting Aliyev, Michel met Pashinyan", "Мишель встретился с Пашиняном после встречи с Алиевым":
the subject met each of the others in turn, so the sentence tells two meetings, one per pair
(the guide: separate meetings are separate facts), not one meeting of three.
"""

from __future__ import annotations

from .lexicon import word_list
from .rules import Clause

# how far before a meeting word the "after" of its clause of time may stand ("after hosting a
# meeting with", "после двусторонней встречи с")
_REACH = 3


def _sequel(c: Clause, hits: list[int]) -> tuple[int, int] | None:
    """The meeting word inside a clause of time, and where that clause ends (at the next
    meeting word, else at the next comma, else with the sentence's clause)."""
    marks = word_list("sequel_marks")
    for h in hits:
        lead = [t.lower for t in c.tokens[max(c.lo, h - _REACH) : h]]
        if not marks & set(lead):
            continue
        later = [o for o in hits if o > h + _REACH]
        # "после переговоров в формате пятерки — Пашинян, Алиев, Мишель": a comma between
        # two names joins a list, it does not end the clause of time
        ends = {r.mention.last for r in c.roles}
        starts = {r.mention.first for r in c.roles}
        commas = [
            i
            for i in range(h + 1, c.hi)
            if c.tokens[i].lower == "," and not (i - 1 in ends and i + 1 in starts)
        ]
        return h, (later or commas or [c.hi])[0]
    return None


def pairs_in_turn(c: Clause, hits: list[int], participants: list[str]) -> list[list[str]]:
    """The meetings a sentence tells in turn: the subject (the first participant named outside
    the clause of time) with those of the main meeting and with those of the earlier one."""
    found = _sequel(c, sorted(hits))
    if found is None or len(participants) < 3:
        return [participants]
    lo, hi = found
    first: dict[str, int] = {}
    for r in c.inside():
        if r.name in participants and r.name not in first:
            first[r.name] = r.mention.first
    earlier = [p for p in participants if lo < first.get(p, -1) < hi]
    main = sorted((p for p in participants if p not in earlier), key=lambda p: first.get(p, -1))
    if not earlier or len(main) < 2:
        return [participants]
    subject = main[0]
    return [main, [subject, *earlier]]
