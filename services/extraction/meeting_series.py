"""Talks held in turn at several venues ("meetings held in New York in September and Paris in
November", "прошли в Женеве в марте и в Вене в мае"): each venue with the date that follows it
is a meeting of its own (the guide: a meeting named in passing is MeetingHeld)."""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from .cues import Role
from .dates import DateMention
from .discourse import Draft
from .lexicon import word_list
from .rules import Clause


def _token_at(c: Clause, offset: int) -> int:
    return next((k for k, t in enumerate(c.tokens) if t.start >= offset), len(c.tokens))


def venue_series(c: Clause, inside: list[Role]) -> list[tuple[str, DateMention]]:
    """(city, date) for two or more cities, each followed at once by its own date and joined
    by "and"/"и"; empty when the clause names one venue or the dates do not pair up. The
    second city may lack its "in" ("in Prague in June and Paris in August")."""
    cities = [r for r in inside if "city" in r.mention.entity.flags]
    pairs: list[tuple[Role, DateMention]] = []
    for r in sorted(cities, key=lambda r: r.mention.first):
        dated = [d for d in c.dates if 0 < _token_at(c, d.start) - r.mention.last <= 2]
        if dated:
            pairs.append((r, dated[0]))
    if len(pairs) < 2 or len({r.name for r, _ in pairs}) < len(pairs):
        return []
    for (_, d), (r, _) in pairwise(pairs):
        between = [t.lower for t in c.tokens[_token_at(c, d.end) : r.mention.first]]
        joined = set(between) & word_list("venue_series_and")
        if not joined or not set(between) <= word_list("venue_series_joiners"):
            return []
    return [(r.name, d) for r, d in pairs]


def split_by_venue(out: list[Draft], series: list[tuple[str, DateMention]]) -> list[Draft]:
    """One draft per venue of the series, each with its place and its date."""
    if not series:
        return out
    split: list[Draft] = []
    for d in out:
        for place, date in series:
            args = {**d.args, "place": place, "date": date.value}
            split.append(replace(d, args=args, date=date, claimed_by=list(d.claimed_by)))
    return split
