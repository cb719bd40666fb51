"""Whose people sit at the table: an aide meets for a principal, who stays away ("Aliyev's top
foreign policy aide, Hikmet Hajiyev, ... met", "diplomatic advisers to Michel, Macron and Scholz
met", "помощник Алиева"); "the same group met" is the table of the meeting under discussion.
The words are in data/meeting_people.toml."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .cues import Role
from .gazetteer import canonical_entity
from .lexicon import data_file
from .rules import Clause
from .text import Token

DATA = Path(__file__).parent / "data" / "meeting_people.toml"
_LIST_JOINERS = (",", "and", "и")


@lru_cache(maxsize=8)
def words(name: str) -> frozenset[str]:
    return frozenset(data_file(DATA)[name])


def _aide_before(c: Clause, at: int) -> bool:
    """ "advisers to X", "aide of X", "помощник X": an aide word right before (a preposition
    between in English)."""
    aides = words("aide_words")
    k = at - 1
    if k >= c.lo and c.tokens[k].lower in ("to", "of") and k - 1 >= c.lo:
        return c.tokens[k - 1].lower in aides
    # Russian: the principal in the genitive ("помощник Алиева"), not the aide's own name
    return (
        k >= c.lo
        and c.tokens[k].lower in aides
        and not c.tokens[k].lower.isascii()
        and _genitive(c.tokens[_mention_end(c, at)])
    )


def _aide_after(c: Clause, r: Role) -> bool:
    """ "Aliyev's top foreign policy aide": a possessive, then an aide word within four words."""
    k = r.mention.last
    tail = c.tokens[k].lower
    if k + 1 < c.hi and c.tokens[k + 1].lower in ("'s", "’s", "'", "’"):
        k += 1
    elif not tail.endswith(("'s", "’s")):
        return False
    return any(t.lower in words("aide_words") for t in c.tokens[k + 1 : min(c.hi, k + 6)])


def principals(c: Clause, inside: list[Role]) -> dict[str, str | None]:
    """People named only as the ones whose aides meet -> their state (None when unknown).
    A list after the aide word ("advisers to Michel, Macron and Scholz") counts whole."""
    people = sorted(
        (r for r in inside if r.kind == "person" and not r.absorbed), key=lambda r: r.mention.first
    )
    out: dict[str, str | None] = {}
    listed = False
    prev_last: int | None = None
    for r in people:
        joined = prev_last is not None and all(
            t.lower in _LIST_JOINERS for t in c.tokens[prev_last + 1 : r.mention.first]
        )
        listed = _aide_before(c, r.mention.first) or (listed and joined)
        if listed or _aide_after(c, r):
            entity = canonical_entity(r.name)
            out[r.name] = entity.state if entity is not None else None
        prev_last = r.mention.last
    return out


def for_principals(c: Clause, inside: list[Role], people: list[str]) -> list[str]:
    """The aides' states sit at the table in place of the principals named beside them."""
    away = principals(c, inside)
    kept = [p for p in people if p not in away]
    return kept + [s for s in dict.fromkeys(away.values()) if s and s not in kept]


def same_table(c: Clause, trig: int, participants: list[str]) -> list[str]:
    """ "The same group met", "встретились в том же составе" near the meeting word: the
    participants of the meeting under discussion, with anyone named here."""
    last = c.ctx.last_meeting
    text = " ".join(t.lower for t in c.tokens[max(c.lo, trig - 6) : min(c.hi, trig + 8)])
    if last is None or not any(f" {w} " in f" {text} " for w in words("same_table")):
        return participants
    before = [str(p) for p in last.args.get("participants") or []]
    return list(dict.fromkeys([*before, *participants]))


def _mention_end(c: Clause, at: int) -> int:
    """The last word of a name starting at `at` ("Никола Пашиняна": the surname's case)."""
    k = at
    while k + 1 < c.hi and c.tokens[k + 1].text[:1].isupper() and c.tokens[k].text[:1].isupper():
        k += 1
    return k


def _genitive(t: Token) -> bool:
    """A name in the genitive: by its analysis, else a man's surname ending -а/-я ("Пашиняна")."""
    if t.cases != "*":
        return t.has_case("gent") and not t.nominative
    return t.lower.endswith(("а", "я"))


def mediators_join(c: Clause) -> bool:
    """ "Посредниками выступили Макрон и Мишель" after a meeting (this paragraph or the sentence
    before), with no meeting word of its own: the people named join that meeting's table."""
    last = c.ctx.last_meeting
    if last is None or last.kind not in ("MeetingHeld", "MeetingAnnounced"):
        return False
    if last.paragraph != c.sent.paragraph and last.sentence < c.index - 1:
        return False
    if not any(t.lower in words("mediator_nouns") for t in c.tokens[c.lo : c.hi]):
        return False
    people = [
        r.name
        for r in c.inside()
        if r.kind == "person" and not r.absorbed and "spokes" not in r.mention.entity.flags
    ]
    if not people:
        return False
    before = [str(p) for p in last.args.get("participants") or []]
    last.args["participants"] = list(dict.fromkeys([*before, *people]))
    return True


def named_aides(c: Clause, inside: list[Role]) -> set[str]:
    """ "Aliyev's top foreign policy aide, Hikmet Hajiyev, ... met": a person named right after
    an aide word meets for the principal, even one who usually speaks for him."""
    aides = words("aide_words")
    out: set[str] = set()
    for r in inside:
        k = r.mention.first - 1
        if k >= c.lo and c.tokens[k].lower == ",":
            k -= 1
        if r.kind == "person" and k >= c.lo and c.tokens[k].lower in aides:
            out.add(r.name)
    return out
