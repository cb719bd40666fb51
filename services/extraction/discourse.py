"""Article-level state: draft facts, discourse context and merging of repeated mentions."""

from __future__ import annotations

from dataclasses import dataclass, field

from .confidence import confidence as calibrated
from .cues import Role
from .dates import DateMention
from .gazetteer import canonical_entity
from .lexicon import documents, role_names, table
from .models import KIND_ARGS, Evidence, ExtractedFact
from .regions import within

ArgDict = dict[str, str | list[str] | None]


@dataclass(slots=True)
class Draft:
    """A fact under construction, anchored in one sentence (or several after merging)."""

    kind: str
    args: ArgDict
    sentence: int
    paragraph: int
    spans: list[tuple[int, int]]
    modality: str = "asserted"
    date: DateMention | None = None
    claimed_by: list[str] = field(default_factory=list)
    reported_by: str | None = None
    # "the previous meeting", "a new truce": another occasion, never folded into one
    another_occasion: bool = False
    # fighting placed only by the region the article is about, not by a place of its clause
    placed_by_context: bool = False
    # "two wars over Karabakh": the second of the wars counted, never one fact with the first
    counted: int = 0


@dataclass(slots=True)
class Context:
    """What earlier sentences established (sources, years, the meeting under discussion)."""

    source: list[str] = field(default_factory=list)
    source_par: int = -1
    reporter: str | None = None
    speaker: str | None = None
    region: str | None = None
    # the last town, village or district named as a place: (paragraph, sentence, name)
    local_place: tuple[int, int, str] | None = None
    year: tuple[int, int, int] | None = None  # (paragraph, sentence, year)
    event_date: tuple[int, int, DateMention] | None = None  # (paragraph, sentence, date)
    trilateral: list[str] | None = None
    meeting: list[str] | None = None
    last_meeting: Draft | None = None
    parties: tuple[int, int, list[str]] | None = None  # (paragraph, sentence, parties)
    peacekeepers: int = -10  # sentence of the last peacekeepers fact
    ceasefire_topic: set[int] = field(default_factory=set)  # sentences mentioning one
    states_seen: dict[str, int] = field(default_factory=dict)  # state -> mentions so far
    institution: Role | None = None  # the last state institution named, for "the ministry"
    institutions: dict[str, Role] = field(default_factory=dict)  # state -> its last institution
    speaking_institution: Role | None = None  # the last institution that spoke ("ведомство")
    people: dict[str, Role] = field(default_factory=dict)  # surname -> person named in full
    person_voice: Role | None = None  # the last person who spoke, for "сказал он", "he said"
    last_people: list[str] = field(default_factory=list)  # people of the last sentence naming any
    article_people: frozenset[str] = frozenset()  # every person the article names, anywhere
    today: str = ""  # ISO day the article speaks from (dateline or publication)
    phone_call: int = -10  # sentence of the last phone call named (meeting_calls.py)


def _same(a: str | list[str] | None, b: str | list[str] | None) -> bool:
    if isinstance(a, list) and isinstance(b, list):
        return {x.lower() for x in a} == {x.lower() for x in b}
    return isinstance(a, str) and isinstance(b, str) and a.lower() == b.lower()


def compatible(a: Draft, b: Draft) -> bool:
    """Two drafts describe one fact: same kind and no scored argument in conflict."""
    if a.kind != b.kind or a.counted != b.counted:
        return False
    if (a.another_occasion or b.another_occasion) and any(
        a.args.get(n) != b.args.get(n) for n in KIND_ARGS[a.kind]
    ):
        return False  # "the previous meeting ... in Baku" is not today's meeting
    if a.kind == "HostilitiesReported" and _same_day(a, b):
        return True  # one episode told with several places: one fact
    if a.kind.startswith("Peacekeepers") and _same_deployment(a, b):
        return True  # "in Karabakh", "in Stepanakert": one deployment told twice
    for name in KIND_ARGS[a.kind]:
        if name in ("claimed_by", "denied_by"):
            continue
        va, vb = a.args.get(name), b.args.get(name)
        if name in ("territory", "area") and _district_and_seat(va, vb):
            continue
        if name == "place" and (_city_in(va, vb) or _city_in(vb, va)):
            continue  # "to meet in Spain" and "will meet in Granada": one venue
        if name in ("participants", "territory", "speaker") and not _same(va, vb):
            return False
        if va and vb and not _same(va, vb) and not (name == "date" and _one_period(va, vb)):
            return False
    return True


def _city_in(city: str | list[str] | None, country: str | list[str] | None) -> bool:
    """ "Granada" lies in "Spain": a city and the country it is in name one venue."""
    if not (isinstance(city, str) and isinstance(country, str)):
        return False
    entity = canonical_entity(city)
    return entity is not None and country in (entity.country, entity.state)


def _district_and_seat(a: str | list[str] | None, b: str | list[str] | None) -> bool:
    """ "return Kalbajar" and "the Kalbajar District" in one article: one handover."""
    if not (isinstance(a, str) and isinstance(b, str)):
        return False
    return a + " District" == b or b + " District" == a


def _same_day(a: Draft, b: Draft) -> bool:
    """Same day, and one of them only names the broad area ("on the border") of the other."""
    da, db = a.args.get("date"), b.args.get("date")
    if not (isinstance(da, str) and da == db and len(da) == 10):
        return False
    broad = role_names("broad_areas")
    la, lb = a.args.get("location"), b.args.get("location")
    if _one_state(la, lb) or a.placed_by_context or b.placed_by_context:
        return True
    return la in broad or lb in broad or within(la, lb) or within(lb, la)


def _one_state(la: object, lb: object) -> bool:
    """ "Sotk" and "Goris" on one day: two places of one state, outside its regions, one
    night's fighting told place by place (the guide: one episode, the places its
    alternatives)."""
    if _of_a_region(la) or _of_a_region(lb):
        return False  # "Stepanakert" and "Ganja": the region's war and a city's shelling
    return any(within(la, s) and within(lb, s) for s in role_names("border_sides"))


def _of_a_region(place: object) -> bool:
    """A region ("Nagorno-Karabakh") or a place of one (`[region_places]`)."""
    entity = canonical_entity(place) if isinstance(place, str) else None
    if entity is not None and "region" in entity.flags:
        return True
    return any(place in places for places in table("region_places").values())


def _same_deployment(a: Draft, b: Draft) -> bool:
    """One force, one day, and one area lies in the other ("Nagorno-Karabakh", "Stepanakert")."""
    da, db = a.args.get("date"), b.args.get("date")
    if a.args.get("force") != b.args.get("force") or da != db:
        return False
    return within(a.args.get("area"), b.args.get("area")) or within(
        b.args.get("area"), a.args.get("area")
    )


def _one_period(a: str | list[str], b: str | list[str]) -> bool:
    """ "next week" (2023-05) and "on May 19" (2023-05-19): one date told twice, one of them
    coarser; or two days of one known document."""
    if isinstance(a, str) and isinstance(b, str) and (a.startswith(b) or b.startswith(a)):
        return True
    return _one_document(a, b)


def _one_document(a: str | list[str], b: str | list[str]) -> bool:
    """Two dates of one known document (signed late on 9 November, in force on the 10th)."""
    return any(
        {a, b} <= days for _, days in documents() if isinstance(a, str) and isinstance(b, str)
    )


def merge(drafts: list[Draft]) -> list[Draft]:
    """Fold repeated mentions of a fact into its first mention, uniting evidence."""
    out: list[Draft] = []
    for d in drafts:
        target = next((o for o in out if compatible(o, d)), None)
        if target is None:
            out.append(d)
            continue
        for name, value in d.args.items():
            current = target.args.get(name)
            finer = (
                name == "date"
                and isinstance(current, str)
                and isinstance(value, str)
                and len(value) > len(current)
                and value.startswith(current)
            )
            # "border gunfire ... near Sotk": the place named is finer than the broad area
            # "in Spain", then "in Granada": the city is the finer venue
            placed = (
                (name == "place" and _city_in(value, current))
                or (
                    name == "location"
                    and current in role_names("broad_areas")
                    and bool(value)
                    and value not in role_names("broad_areas")
                )
                or (name == "location" and within(value, current))
            )
            placed = placed or (name == "area" and within(value, current))
            # "обстрел" in the headline, "near Dig" in the lead: the place the text names
            placed = placed or (name == "location" and target.placed_by_context and bool(value))
            if (not current and value) or finer or placed:
                target.args[name] = value
                if name == "date":
                    target.date = d.date
            elif isinstance(current, list) and isinstance(value, list) and name == "claimed_by":
                target.args[name] = current + [v for v in value if v not in current]
        if d.args.get("location") and not d.placed_by_context:
            target.placed_by_context = False
        target.spans.extend(s for s in d.spans if s not in target.spans)
        target.claimed_by += [c for c in d.claimed_by if c not in target.claimed_by]
        target.reported_by = target.reported_by or d.reported_by
    return out


def finish(draft: Draft, text: str) -> ExtractedFact:
    """Freeze a draft: gold-shape arguments, merged evidence spans, confidence."""
    spans = sorted(set(draft.spans))
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    args: ArgDict = {name: draft.args.get(name) for name in KIND_ARGS[draft.kind]}
    if draft.kind == "MeetingAnnounced":
        args["claimed_by"] = draft.claimed_by[:1] or None  # who announced it first
    date = draft.date
    derivation = date.derivation if date and args.get("date") else None
    return ExtractedFact(
        kind=draft.kind,
        arguments=args,
        date_precision=date.precision if date and args.get("date") else None,
        date_derivation=derivation,
        evidence=[Evidence(start=a, end=b, quote=text[a:b]) for a, b in merged],
        modality=draft.modality,
        claimed_by=list(draft.claimed_by),
        reported_by=draft.reported_by,
        confidence=calibrated(draft.kind, len(merged), derivation),
    )
