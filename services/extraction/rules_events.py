"""Fighting in a clause: hostilities reported, where, between whom, when."""

from __future__ import annotations

import datetime as dt

from .clause_guards import date_index, guarded, negated, other_clauses, own_phrase
from .cues import Role
from .dates import DateMention
from .discourse import Draft
from .fighting_checks import (
    a_blaze,
    after_truce,
    background_fighting,
    day_before,
    denied_fire,
    fighting_as_a_place,
    told_as_ended,
    told_toll,
)
from .fighting_episodes import dated_outbreaks, episode_drafts, named_episodes
from .fighting_hits import broken_truce, casualties
from .fighting_places import territory_hit
from .fighting_words import (
    after_before,
    between_the_sides,
    dateline_place,
    end_told,
    ending_clause,
    fire_opened,
    own_date,
    shot_at,
)
from .lexicon import role_names, table, word_list
from .rules import Clause
from .war_references import (
    decade_war,
    decade_war_apart,
    named_war,
    place_name,
    war_dates,
    war_reference,
    war_since_known,
)


def _pow(c: Clause, i: int) -> bool:
    """ "prisoners of war", "военнопленные": the war is background to a swap."""
    words = [t.lower for t in c.tokens[max(c.lo, i - 2) : i]]
    return "of" in words and any(w.startswith(("prisoner", "pow")) for w in words)


def _speaking_place(c: Clause, r: Role) -> bool:
    """ "В Баку сообщили", "заявили в Ереване", "Yerevan said": a capital that speaks is no
    battlefield."""
    after = c.tokens[r.mention.last + 1 : r.mention.last + 3]
    before = c.tokens[max(c.lo, r.mention.first - 2) : r.mention.first]
    near = [
        *after,
        *(t for t in before if r.mention.first and before[-1].lower in ("в", "во", "in")),
    ]
    return any(t.lemma in c.lex.speech or t.lower in c.lex.speech for t in near)


def _end_day(c: Clause, i: int, lo: int) -> bool:
    """ "the agreement that stopped the war on November 10", "остановило войну 10 ноября": a
    day after a war whose stop is told dates the stop; a war is dated by a year or a month."""
    if not any(lo <= j < i for j in c.at(c.lex.cessation)):
        return False
    end = c.tokens[min(c.hi - 1, i + 3)].end
    after = [d for d in c.dates if c.tokens[i].end <= d.start < end]
    return bool(after) and after[0].precision == "day"


def _second_war(c: Clause, i: int, war: Draft | None) -> Draft | None:
    """ "have fought two wars over Nagorno-Karabakh", "провели две войны за Карабах": the
    numeral counts the wars, each an episode of its own (undated: the text tells neither's
    time; dated wars are told apart by their dates, see decade_war_apart)."""
    before = c.tokens[i - 1] if i > c.lo else None
    counted = before is not None and before.lower in word_list("war_counts")
    if war is None or not counted or war.args.get("date") or decade_war(c, i) is not None:
        return None
    second = c.draft("HostilitiesReported", dict(war.args), war.modality, None)
    second.another_occasion = True
    second.counted = 1
    return second


def _the_border() -> str:
    """ "на границе", "cross-border": in this conflict's press, the Armenia–Azerbaijan border."""
    return sorted(role_names("border"))[0]


def hostilities(c: Clause) -> list[Draft]:
    episodes = named_episodes(c)  # "the Second Karabakh War": the name gives the episode
    named = {k for lo, hi, _, _ in episodes for k in range(lo, hi)}
    fought = _hostilities(c, named)
    if not any(d.args.get("date") for d in fought):
        fought += dated_outbreaks(c, named)  # "the outbreak of the conflict ... began 27 September"
    return episode_drafts(c, episodes) + fought


def _hostilities(c: Clause, named: set[int]) -> list[Draft]:
    lex = c.lex
    hits: list[int] = []
    before_truce: list[int] = []
    for i in sorted({*c.at(lex.hostilities), *fire_opened(c), *shot_at(c)} - named):
        # "прекращении огня и всех военных действий": a cessation joined to the fighting
        joined = any(c.tokens[k].lower in ("и", "and") for k in range(max(c.lo, i - 3), i))
        lo = max(c.lo, i - (5 if joined else 3))
        dated_war = i in c.at(lex.war) and own_date(c, i) and not _end_day(c, i, lo)
        # "a deal to end a six-week war": a war known by its name is recalled even as it ends
        dated_war = dated_war or named_war(c, i) is not None
        # "halt the fighting that has raged since late September": the known war, recalled
        since = war_since_known(c, c.date_near(i, after=True)) is not None
        dated_war = dated_war or since
        if (
            (any(lo <= j < i for j in c.at(lex.cessation)) and not dated_war)
            or (told_as_ended(c, i) and named_war(c, i) is None)
            or guarded(c, i, 10)
            or _pow(c, i)
            or negated(c, i)
            or denied_fire(c, i)
            or background_fighting(c, i)
            or fighting_as_a_place(c, i)
            or a_blaze(c, i)
            or told_toll(c, i)
            or (end_told(c, i) and not dated_war)
        ):
            continue
        # "six weeks of fighting, before Moscow brokered a ceasefire": a war known by its name
        # or date is recalled, not the fighting a truce in the clause ends
        if c.has(lex.ceasefire) and c.has(lex.agree) and not dated_war:
            if after_truce(c, i) is not None and not before_truce:
                before_truce.append(i)
            continue
        hits.append(i)
    if before_truce and not hits:
        fought = _fighting(c, before_truce[0], [], since=after_truce(c, before_truce[0]))
        return [fought] if fought is not None else []
    if not hits:
        hits = casualties(c) or broken_truce(c)
    if not hits:
        return []
    # "the 44-day war", "six weeks of fighting": a war known by its name
    war_words = set(c.at(lex.war))  # "война", "вооружённый конфликт"
    wars = [i for i in hits if i in war_words or named_war(c, i)]
    out = [war_reference(c, i) for i in wars]
    out += [_second_war(c, i, d) for i, d in zip(wars, out, strict=True)]
    others = [i for i in hits if i not in wars]
    if others:
        first = _fighting(c, others[0], wars)
        out.append(first)
        earlier = _day_before_episode(c, others, wars, first)
        out += [earlier] if earlier is not None else []
    return decade_war_apart(c, wars, [d for d in out if d is not None])


def _day_before_episode(
    c: Clause, hits: list[int], wars: list[int], first: Draft | None
) -> Draft | None:
    """ "Fresh clashes erupted on Wednesday, a day after scores were killed in the fighting":
    fighting told after "a day after" is the episode of the day before the first one's."""
    when = first.date if first is not None else None
    if when is None or when.precision != "day":
        return None
    phrases = word_list("day_after_phrases")
    for k in hits[1:]:
        text = " ".join(t.lower for t in c.tokens[hits[0] + 1 : k])
        if not any(p in text for p in phrases):
            continue
        fought = _fighting(c, k, wars)
        if fought is not None:
            day = dt.date.fromisoformat(when.value) - dt.timedelta(days=1)
            derived = "relative: the day before the first episode's"
            fought.date = DateMention(day.isoformat(), "day", derived, -1, -1, when.explicit_year)
            fought.args["date"] = fought.date.value
        return fought
    return None


def _fighting(c: Clause, hit: int, wars: list[int], since: int | None = None) -> Draft | None:
    places = [
        r
        for r in c.inside()
        if (
            r.kind == "place"
            and (r.as_place or r.mention.entity.flags & {"border", "region", "district"})
            and not _speaking_place(c, r)
            and not dateline_place(c, r)
            # a seat of government (Baku, Yerevan, Moscow, Brussels) is where envoys travel and
            # talks sit, never a battlefield in this conflict's press
            and r.mention.entity.state is None
        )
        or r.name in table("state_places")
    ]
    foreign = other_clauses(c, hit)  # "tensions over the road connecting Armenia with ..."
    places = [r for r in places if r.mention.first not in foreign]
    phrase = own_phrase(c, hit)  # "взятых в плен в ходе боестолкновений в Сюнике"
    if phrase is not None and any(r.mention.first in phrase for r in places):
        places = [r for r in places if r.mention.first in phrase]
    # "Степанакерт и Баку договорились ... после того, как": the truce's sides are no battlefield
    if since is not None:
        places = [r for r in places if r.mention.first > since]
    border = c.has(c.lex.border_words)
    # "shelling of Armenia's territory not far from Nagorno-Karabakh": the territory hit is the
    # place, before any named further on; a border named in the clause stays the place
    hit_land = territory_hit(c, hit) if not border else None
    if hit_land is not None and (not places or hit_land[1] < places[0].mention.first):
        places = []
    # "clashes along the border", "border clashes", "пограничные столкновения"
    # "the border village of Kut", "приграничному селу Кут": the border places the village
    settlements = word_list("settlement_nouns")
    borders = [
        b
        for b in c.at(c.lex.border_words)
        if not any(
            t.lemma in settlements or t.lower in settlements for t in c.tokens[b + 1 : b + 2]
        )
    ]
    at_border = any(0 < b - hit <= 4 or -2 <= b - hit < 0 for b in borders)
    if at_border and not any(abs(r.mention.first - hit) <= 4 for r in places):
        places = []  # "clashes along the border with Azerbaijan ... the war over Karabakh"
    target = _attacked_state(c, hit) if not places and not border else None
    if hit_land is not None and not places:
        # "удары по территории НКР": an unrecognised republic's territory is its region
        target = table("state_places").get(hit_land[0], hit_land[0])
    place = (
        place_name(places[0])
        if places
        else (target or (_the_border() if border else (_place_before(c) or c.ctx.region)))
    )
    sides_meet = place is None and between_the_sides(c, hit)
    place = _the_border() if sides_meet else place
    date = c.date_near(hit)
    # "боевые действия, которые идут с 27 сентября": a known war's start dates the fighting
    # even from a relative clause on the fighting's noun
    since_war = war_since_known(c, date)
    if date is not None and date_index(c, date.start) in foreign:
        date = None  # the day of another event, told in a clause of its own
    if date is not None and ending_clause(c, hit, date):
        date = None  # "the attack ... a violation of the truce that stopped the war on November 10"
    if date is not None and after_before(c, hit, date):
        date = None  # "fought for a month before a deal came into force on November 10"
    if date is not None and any(date in war_dates(c, w) for w in wars):
        date = None  # "clashes ... after last year's war": that date is the war's
    if since is not None and date is not None and date.start < c.tokens[since].start:
        # the truce's day, told before "after", is not the fighting's; "днём ранее", "a day
        # earlier" after "after" count back from it
        date = day_before(c, since, date)
    if since_war is not None:
        place, places, target = since_war[1], [], since_war[1]
        # "since late September", or a date set aside above: the war's first day
        date = DateMention(since_war[0], "day", "inferred: the war's first day", -1, -1, False)
    if place is None and date is None:
        return None
    # fighting before a truce is recalled: it keeps only a date of its own, never the news day
    modality = "asserted" if since is None else "referenced"
    fought = c.draft("HostilitiesReported", {"location": place}, modality, date)
    # no place in the clause: the article's region stands in until a mention names one
    fought.placed_by_context = (
        not places and not target and not border and not sides_meet and place is not None
    )
    return fought


def _attacked_state(c: Clause, hit: int) -> str | None:
    """ "Azerbaijan attacked Armenia", "the attack on Armenia": the state attacked."""
    for r in c.roles:
        if r.kind != "state" or not 0 < r.mention.first - hit <= 3:
            continue
        between = c.tokens[hit + 1 : r.mention.first]
        first = c.tokens[r.mention.first]
        if (
            not between
            and not first.lower.isascii()
            and first.cases != "*"
            and first.has_case("gent")
        ):
            continue  # "бомбардировки азербайджанской стороны": the genitive is who attacks
        if all(t.lower in word_list("attack_objects") for t in between):
            return r.name
    return None


def _place_before(c: Clause) -> str | None:
    """ "... two villages in the Hadrut district. Peacekeepers stopped the fighting in the area":
    a place word with no name ("the area", "населённый пункт") is the town, village or district
    the paragraph named just before, not the region the article is about."""
    seen = c.ctx.local_place
    if seen is None or seen[0] != c.sent.paragraph or not 0 < c.index - seen[1] <= 2:
        return None
    words = word_list("place_words") | word_list("place_anaphors")
    if any(t.lemma in words or t.lower in words for t in c.tokens[c.lo : c.hi]):
        return str(table("state_places").get(seen[2], seen[2]))
    return None
