"""The venue of a meeting told in another sentence: "the summit in Sochi", "СМИД ОБСЕ на
Мальте", then "during their meeting ... agreed", "провел короткую встречу с ..." (no place).

Every sentence with a meeting word that names a city "in"/"в"/"на" which it takes place (or an
institution sitting in one: "в Кремле") marks a venue. A held or announced meeting whose own
words name no place takes the nearest venue of its paragraph (or of the sentence next to it: a
headline and its lead); failing that, the one venue of
the whole article, when the article names only one (the guide: "a place given only by the
paragraph is the meeting's place").
"""

from __future__ import annotations

from dataclasses import dataclass

from .clause_scope import own_predicate
from .cues import Role
from .discourse import Draft
from .gazetteer import canonical_entity
from .lexicon import table, word_list
from .rules import Clause


@dataclass(frozen=True, slots=True)
class Venue:
    paragraph: int
    sentence: int
    place: str
    dates: tuple[str, ...] = ()  # the days and months the sentence names
    # no venue but a mark: the sentence tells of a meeting "on the sidelines" of an event
    sidelines: bool = False
    # a country ("СМИД ОБСЕ на Мальте"): the venue of the event only, for its sidelines
    country: bool = False


def venues_of(c: Clause) -> list[Venue]:
    """The cities a sentence with a meeting word says meetings take place in."""
    hits = c.at(c.lex.meeting)
    if not hits:
        return []
    days = tuple(d.value for d in c.dates)
    marks = [Venue(c.sent.paragraph, c.index, "", days, True)] if c.has(c.lex.sidelines) else []
    if {t.lemma for t in c.tokens} & word_list("earlier_meeting_words"):
        return []  # "the previous meeting ... in Baku" was held elsewhere
    prepositions = word_list("venue_prepositions")
    seats = table("seats")
    out: list[Venue] = marks
    scopes = [own_predicate(c, h, c.lex.meeting) for h in hits]
    for r in c.roles:
        if _hosts(c, r):
            out.append(Venue(c.sent.paragraph, c.index, r.name, days))
            continue
        if not _after_preposition(c, r.mention.first, prepositions):
            continue
        if not any(s.lo <= r.mention.first < s.hi for s in scopes):
            continue  # "met with C and praised the truce agreed in Moscow": another predicate's
        if r.kind == "place" and "city" in r.mention.entity.flags:
            name = r.name
        elif r.name in seats:
            name = str(seats[r.name])  # "talks in the Kremlin": Moscow
        elif r.kind == "state" and c.has(c.lex.sidelines):
            name = r.name  # "на полях СМИД ОБСЕ на Мальте": where the event is
        else:
            continue
        country = r.kind == "state" and name == r.name
        near = c.at(c.lex.sidelines) if country else hits  # "на полях СМИД на Мальте"
        if min(abs(r.mention.first - h) for h in near) <= 12:
            out.append(Venue(c.sent.paragraph, c.index, name, days, False, country))
    return out


def _hosts(c: Clause, r: Role) -> bool:
    """ "Kazan hosted the summit", "Казань принимает саммит": a city as the subject of a verb of
    hosting is where the event takes place."""
    if r.kind != "place" or "city" not in r.mention.entity.flags:
        return False
    k = r.mention.last + 1
    verbs = word_list("venue_host_verbs")
    return k < c.hi and (c.tokens[k].lower in verbs or c.tokens[k].lemma in verbs)


def _after_preposition(c: Clause, first: int, prepositions: frozenset[str]) -> bool:
    """ "in Sochi", or "in the Russian city of Sochi", "в российском городе Сочи": a preposition
    right before, or a few words before with a city noun between."""
    if first > c.lo and c.tokens[first - 1].lower in prepositions:
        return True
    window = c.tokens[max(c.lo, first - 5) : first]
    cities = word_list("city_nouns")
    noun = [k for k, t in enumerate(window) if t.lemma in cities or t.lower in cities]
    return bool(noun) and any(t.lower in prepositions for t in window[: noun[-1]])


def place_from_venues(facts: list[Draft], venues: list[Venue]) -> list[Draft]:
    """Give a held or announced meeting without a place its paragraph's (or article's) venue."""
    marks = {v.sentence for v in venues if v.sidelines}
    events = [v for v in venues if not v.sidelines]  # the sidelines take a country too
    venues = [v for v in events if not v.country]
    if not events:
        return facts
    only = {v.place for v in venues}
    for d in facts:
        if d.kind not in ("MeetingHeld", "MeetingAnnounced") or d.args.get("place"):
            continue
        if d.another_occasion:
            continue  # "the previous meeting" was held elsewhere
        # its own paragraph first, then the sentence next to it (a headline and its lead); a
        # sentence dated otherwise tells of another occasion ("The same group met in Chisinau
        # in June")
        fits = [v for v in venues if v.sentence == d.sentence or _same_time(v, d)]
        mine = [v for v in fits if v.paragraph == d.paragraph] or [
            v for v in fits if abs(v.sentence - d.sentence) == 1
        ]
        if mine:
            # at equal distance the sentence after, which goes on telling the news
            nearest = min(
                mine, key=lambda v: (abs(v.sentence - d.sentence), v.sentence < d.sentence)
            )
            d.args["place"] = nearest.place
        elif len(only) == 1 and all(_same_time(v, d) for v in venues):
            d.args["place"] = next(iter(only))
        elif d.sentence in marks and (
            told := [
                v
                for v in events
                if v.sentence < d.sentence and _same_time(v, d) and v.place not in _sides(d)
            ]
        ):
            # "met on the sidelines of the summit": where the summit told before took place
            d.args["place"] = max(told, key=lambda v: v.sentence).place
    return facts


def _same_time(v: Venue, d: Draft) -> bool:
    """The venue's sentence names no other time than the meeting's own date."""
    own = str(d.args.get("date") or "")
    return all(own and (day.startswith(own) or own.startswith(day)) for day in v.dates)


def _sides(d: Draft) -> set[str]:
    """The participants and the states they stand for: no side's own country is the venue of
    an event the sidelines of which they met on, unless the text says so."""
    out: set[str] = set()
    for p in d.args.get("participants") or []:
        name = str(p)
        entity = canonical_entity(name)
        out.add(name)
        if entity is not None and entity.state:
            out.add(entity.state)
    return out
