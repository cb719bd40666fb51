"""Episodes the press names in passing ("the Second Karabakh War", "a lightning offensive",
"Второй карабахской войны"): the name is the text's evidence of the episode, so it is a
background HostilitiesReported in the episode's region, dated by its first day (war23)."""

from __future__ import annotations

import re
from functools import lru_cache

from .dates import DateMention
from .discourse import Draft
from .lexicon import EPISODES, data_file, episodes
from .rules import Clause
from .war_references import war_reference

Episode = tuple[str, str, tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...], str]


@lru_cache(maxsize=1)
def _episodes() -> tuple[Episode, ...]:
    """(first day, location, names, descriptions, last day) of the episodes with a name."""
    return tuple(
        (
            e["first"],
            e["location"],
            tuple(re.compile(p) for p in e.get("patterns", [])),
            tuple(re.compile(p) for p in e.get("descriptions", [])),
            e.get("last", e["first"]),
        )
        for e in episodes()
        if e.get("patterns") or e.get("descriptions")
    )


def named_episodes(c: Clause) -> list[tuple[int, int, str, str]]:
    """(first token, last token, first day, location) of each episode the clause names."""
    if c.lo >= c.hi:
        return []
    start = c.tokens[c.lo].start
    text = c.sent.text[start - c.sent.start : c.tokens[c.hi - 1].end - c.sent.start].lower()
    today = c.ctx.today
    found: list[tuple[int, int, str, str]] = []
    for first, location, names, descriptions, last in _episodes():
        # a description ("the anti-terror operation") is the episode only when recalled after
        # it ended, undated or dated within it ("last September"): another date is another
        # fighting ("anti-terror measures near Hadrut in December 2020")
        within = all(first[: len(d.value)] <= d.value <= last[: len(d.value)] for d in c.dates)
        recalled = bool(today) and str(today) > last and within
        for p in (*names, *(descriptions if recalled else ())):
            m = p.search(text)
            if m is None:
                continue
            lo, hi = start + m.start(), start + m.end()
            inside = [
                k for k in range(c.lo, c.hi) if c.tokens[k].end > lo and c.tokens[k].start < hi
            ]
            if inside:
                found.append((inside[0], inside[-1] + 1, first, location))
            break
    return found


def episode_drafts(c: Clause, episodes: list[tuple[int, int, str, str]]) -> list[Draft]:
    """One referenced fact per named episode: recalled, it never takes the news day."""
    out = []
    for _, _, first, location in episodes:
        date = DateMention(first, "day", "inferred: the named episode's first day", -1, -1, False)
        out.append(c.draft("HostilitiesReported", {"location": location}, "referenced", date))
    return out


def dated_outbreaks(c: Clause, named: set[int]) -> list[Draft]:
    """ "the latest outbreak of the conflict in Karabakh began on 27 September": "the conflict"
    after an outbreak noun, with a date of its own, is the war the text dates; its region
    comes from the words beside it or from the known war the date falls in."""
    table = data_file(EPISODES).get("outbreak", {})
    nouns, conflicts = set(table.get("nouns", [])), set(table.get("conflicts", []))
    for k in range(c.lo, c.hi):
        t = c.tokens[k]
        if k in named or not (t.lemma in conflicts or t.lower in conflicts):
            continue
        ahead = c.tokens[max(c.lo, k - 4) : k]
        if not any(a.lemma in nouns or a.lower in nouns for a in ahead):
            continue
        war = war_reference(c, k)
        if war is not None and war.args.get("date"):
            # the war it dates is another occasion than the fighting told as today's news
            war.another_occasion = True
            return [war]  # one war per clause
    return []
