"""Summits the press recalls ("the Prague meeting", "на саммите в Сочи 26 ноября"): the domain
knows who met there and when, so a clause naming one gives that MeetingHeld in the background
when nothing was read of it, and fills the place and day of the one read (kmeet25)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .dates import DateMention
from .discourse import Draft
from .lexicon import data_file
from .rules import Clause

SUMMITS = Path(__file__).parent / "data" / "summits.toml"
RECALLED = "inferred: the named summit's day"


@dataclass(frozen=True)
class Summit:
    date: str
    place: str
    participants: tuple[str, ...]
    places: tuple[re.Pattern[str], ...]
    keys: tuple[re.Pattern[str], ...]


def _all(patterns: list[str]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in patterns)


@lru_cache(maxsize=1)
def _table() -> tuple[tuple[Summit, ...], tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]:
    data = data_file(SUMMITS)
    summits = tuple(
        Summit(s["date"], s["place"], tuple(s["participants"]), _all(s["places"]), _all(s["keys"]))
        for s in data.get("summit", [])
    )
    words = data.get("words", {})
    return summits, _all(words.get("meeting", [])), _all(words.get("ahead", []))


def named_summits(c: Clause) -> list[Summit]:
    """The summits a clause names: a meeting word, the venue, and the key when it needs one;
    told after the summit's day and not as a plan."""
    if c.lo >= c.hi:
        return []
    start = c.tokens[c.lo].start - c.sent.start
    text = c.sent.text[start : c.tokens[c.hi - 1].end - c.sent.start].lower()
    summits, meeting, ahead = _table()
    if not any(p.search(text) for p in meeting) or any(p.search(text) for p in ahead):
        return []
    return [
        s
        for s in summits
        if s.date < c.ctx.today
        and any(p.search(text) for p in s.places)
        and (not s.keys or any(p.search(text) for p in s.keys))
        and not _another_day(c, s)
    ]


def _another_day(c: Clause, summit: Summit) -> bool:
    """A clause that gives its meeting another day than the summit's tells another meeting at
    the venue ("met in Brussels on 3 March"); its year may be only inferred, so only the month
    and day are compared."""
    return any(len(d.value) == 10 and d.value[5:] != summit.date[5:] for d in c.dates)


def _surname(name: str) -> str:
    return name.split()[-1].lower()


def _same_people(draft: Draft, summit: Summit) -> bool:
    """At least two of the summit's people, by surname, among the draft's participants."""
    found = draft.args.get("participants") or []
    names = {_surname(p) for p in (found if isinstance(found, list) else [found])}
    return len(names & {_surname(p) for p in summit.participants}) >= 2


def _as_told(c: Clause, summit: Summit) -> list[str]:
    """Participants as the text names them (the guide): the summit's people the text names,
    else the states whose leaders the clause names ("the leaders of Azerbaijan and Armenia"),
    else the summit's people."""
    order = [_surname(p) for p in summit.participants]
    people = [p for p in c.ctx.article_people if _surname(p) in order]
    states: list[str] = []
    for r in c.inside():
        if r.kind == "state" and r.name not in states:
            states.append(r.name)
    if len(people) >= 2:
        return sorted(people, key=lambda p: order.index(_surname(p)))
    return states if len(states) >= 2 else list(summit.participants)


def known_summits(c: Clause, drafts: list[Draft]) -> list[Draft]:
    """Fill the place and day of a held meeting of a named summit's people; give the summit
    itself when the clause read no meeting of them."""
    out = list(drafts)
    for summit in named_summits(c):
        day = DateMention(summit.date, "day", RECALLED, -1, -1, False)
        mine = [d for d in out if d.kind == "MeetingHeld" and _same_people(d, summit)]
        for d in mine:
            if d.args.get("place") in (None, summit.place):
                d.args["place"] = summit.place
                if not summit.date.startswith(str(d.args.get("date") or "-")):
                    d.args["date"], d.date = summit.date, day
        if mine or any(d.kind.startswith("Meeting") for d in out):
            continue
        args: dict[str, str | list[str] | None] = {
            "participants": _as_told(c, summit),
            "place": summit.place,
        }
        # the same summit told again elsewhere in the text merges with this one
        out.append(c.draft("MeetingHeld", args, "held", day))
    return out
