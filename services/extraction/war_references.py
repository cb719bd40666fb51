"""Wars the press recalls ("the 2020 war", "the 44-day war", "six weeks of fighting"): a war
is its own episode, with its region, and dated by its own date; a war known by its name is
dated by its first day, which every coarser date of it shares ("2020", "2020-09")."""

from __future__ import annotations

import re

from .cues import Role
from .dates import DateMention
from .discourse import Draft
from .lexicon import known_wars, table, word_list
from .rules import Clause


def place_name(r: Role) -> str:
    """A state named as a place ("в Арцахе") stands for its territory."""
    return str(table("state_places").get(r.name, r.name))


def named_war(c: Clause, hit: int) -> tuple[str, str, str] | None:
    """(first day, last day, location) of the known war the words before `hit` name."""
    before = " ".join(t.lower for t in c.tokens[max(c.lo, hit - 3) : hit])
    words = set(before.split())
    for first, last, location, names in known_wars():
        if words & names or any(" " in n and n in before for n in names):
            return first, last, location
    return None


def war_dates(c: Clause, hit: int) -> list[DateMention]:
    """Dates next to a war word ("the 2020 war", "last year's war")."""
    lo, hi = c.tokens[max(c.lo, hit - 4)].start, c.tokens[min(c.hi - 1, hit + 5)].end
    return [d for d in c.dates if lo <= d.start < hi]


def _known_war(c: Clause, hit: int, date: DateMention | None) -> str | None:
    """ "the 2020 war", "the 44-day war" with no place named: the war known by that."""
    words = {t.lower for t in c.tokens[max(c.lo, hit - 3) : hit]}
    for first, last, location, names in known_wars():
        if words & names:
            return location
        if date is not None and first[: len(date.value)] <= date.value <= last[: len(date.value)]:
            return location
    return None


def war_since(c: Clause, date: DateMention | None) -> str | None:
    """ "в ходе боёв, продолжающихся с 27 сентября", "fighting since September 27", "the
    fighting that has raged since late September": fighting going on since a known war's first
    day, or its first month, is that war, in the war's region (the towns named beside it are
    what the war took, not one episode's place)."""
    known = war_since_known(c, date)
    return known[1] if known is not None else None


def war_since_known(c: Clause, date: DateMention | None) -> tuple[str, str] | None:
    """(first day, location) of the known war whose start "since <date>" names."""
    if date is None or date.start < 0 or date.precision not in ("day", "month"):
        return None
    # "since September 27", "since late September", "с конца сентября"
    before = [t for t in c.tokens[c.lo : c.hi] if t.end <= date.start][-2:]
    if not any(t.lower in word_list("war_since_words") for t in before):
        return None
    return next(
        (
            (first, loc)
            for first, _, loc, _ in known_wars()
            if first[: len(date.value)] == date.value
        ),
        None,
    )


def war_reference(c: Clause, hit: int) -> Draft | None:
    """ "the 2020 war", "Second Nagorno-Karabakh War", "войны в Карабахе": a war is its own
    episode, with the region and year next to it."""
    near = [
        r
        for r in c.inside()
        if abs(r.mention.first - hit) <= 5
        and (r.mention.entity.flags & {"region"} or r.name in table("state_places"))
    ]
    place = place_name(near[0]) if near else c.ctx.region
    dates = war_dates(c, hit)
    date = min(dates, key=lambda d: abs(d.start - c.tokens[hit].start)) if dates else None
    date = date or _span_year(c, hit) or _year_of(c, hit)
    date = date or _onset_date(c, hit) or _since_start(c, hit)
    known = named_war(c, hit) or _dated_war(date)
    if not near and date is None and known is None:
        # "after the war", "war captives": the guide's generic war, recalled with neither a
        # place nor a time of its own (the article's region only stands in), is no fact
        return None
    if place is None:
        place = _known_war(c, hit, date) or (known[2] if known else None) or decade_war(c, hit)
    if place is None:
        return None
    known = known or (_ongoing_war(c, place) if date is None else None)
    if known is not None and (date is None or date.precision != "day"):
        # "the six-week war", "the 2020 war": its first day, which "2020" and "2020-09" share
        date = DateMention(known[0], "day", "inferred: the war's first day", -1, -1, False)
    # a war is recalled, not reported as today's news: it keeps only a date of its own
    return c.draft("HostilitiesReported", {"location": place}, "referenced", date)


def _ongoing_war(c: Clause, place: str) -> tuple[str, str, str] | None:
    """ "the Karabakh war", undated, in an article told while a known war of that place goes
    on: that war (told years later, the place alone does not say which war)."""
    today = c.ctx.today
    for first, last, location, _ in known_wars():
        if location == place and today and first <= today <= last:
            return first, last, location
    return None


def _since_start(c: Clause, hit: int) -> DateMention | None:
    """ "the war in Karabakh, which lasted six weeks (since September 27)": a known war's start
    told after "since" further on in the clause dates the war."""
    for d in c.dates:
        if d.start > c.tokens[hit].start and war_since_known(c, d) is not None:
            return d
    return None


def _onset_date(c: Clause, hit: int) -> DateMention | None:
    """ "started a war against Karabakh on the morning of 27 September", "развязала войну
    27 сентября": a war that is the subject or object of a verb of its start is dated by that
    verb's date, wherever the clause gives it."""
    onset = word_list("onset_words")
    near = c.tokens[max(c.lo, hit - 3) : min(c.hi, hit + 3)]
    # "the war in Karabakh, which many had feared, broke out": past a clause set off by commas
    commas = [k for k in range(hit + 1, c.hi) if c.tokens[k].lower == ","][:2]
    if len(commas) == 2 and commas[0] - hit <= 4:
        near = near + c.tokens[commas[1] + 1 : min(c.hi, commas[1] + 3)]
    if not any(t.lemma in onset or t.lower in onset for t in near):
        return None
    return c.date_near(hit, after=True)


def _dated_war(date: DateMention | None) -> tuple[str, str, str] | None:
    """The known war a coarse date ("2020", "2020-10") falls in, if it names one."""
    if date is None or date.precision == "day":
        return None
    for first, last, location, names in known_wars():
        if names and first[: len(date.value)] <= date.value <= last[: len(date.value)]:
            return first, last, location
    return None


#: "1992-1994", "1988–94": a span of years
_SPAN = re.compile(r"((?:19|20)\d\d)[-–—](?:(?:19|20)?\d\d)")


def _span_year(c: Clause, hit: int) -> DateMention | None:
    """ "the war of 1992-1994", "конфликта 1992-1994 годов": a span is no ISO date, its first
    year is the precision the text gives for the war's start (annotators list its years)."""
    for k in range(max(c.lo, hit - 3), min(c.hi, hit + 6)):
        t = c.tokens[k]
        m = _SPAN.fullmatch(t.lower)
        if m:
            return DateMention(m.group(1), "year", "explicit", t.start, t.end, True)
    return None


def _year_of(c: Clause, hit: int) -> DateMention | None:
    """ "the Nagorno-Karabakh war of 2020.": a year after "of" names the war's year, last in
    the sentence as well as inside it (a bare year before a full stop is no date elsewhere)."""
    k = hit + 2
    if k < c.hi and c.tokens[hit + 1].lower == "of" and _YEAR.fullmatch(c.tokens[k].lower):
        t = c.tokens[k]
        return DateMention(t.lower, "year", "explicit", t.start, t.end, True)
    return None


_YEAR = re.compile(r"(?:19|20)\d\d")

#: "1990" + "s", "1990-х", "90-х": a decade, which no ISO date gives
_DECADE = re.compile(r"(?:19|20)?(\d)0-х|(?:19|20)\d0")


def decade_war(c: Clause, hit: int) -> str | None:
    """The location of the one known war of a decade named next to the war word ("two wars, in
    the 1990s and in 2020", "в войне 1990-х"): the guide gives it a fact of its own, undated."""
    for k in range(max(c.lo, hit - 3), min(c.hi, hit + 8)):
        low = c.tokens[k].lower
        english = k + 1 < c.hi and c.tokens[k + 1].lower == "s" and low.isdigit()
        if not _DECADE.fullmatch(low) or (low.isdigit() and not english):
            continue
        digits = low.split("-")[0]
        start = int(digits if len(digits) == 4 else "19" + digits)
        wars = {
            location
            for first, last, location, _ in known_wars()
            if int(first[:4]) <= start + 9 and start <= int(last[:4])
        }
        if len(wars) == 1:
            return wars.pop()
    return None


def decade_war_apart(c: Clause, wars: list[int], out: list[Draft]) -> list[Draft]:
    """ "fought two wars, in the 1990s and in 2020": the war of the decade is one more episode,
    undated (a decade is no ISO date), kept apart from the dated one."""
    decade = decade_war(c, wars[0]) if wars else None
    if decade is None:
        return out
    undated = [d for d in out if not d.args.get("date")]
    if not undated:
        undated = [c.draft("HostilitiesReported", {"location": decade}, "referenced", None)]
        out.append(undated[0])
    for d in undated:
        d.another_occasion = True
        d.modality = "referenced"  # recalled, it takes no news day
    return out
