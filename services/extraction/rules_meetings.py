"""Meetings in a clause: announced, held, denied, cancelled or postponed, with who, where, when."""

from __future__ import annotations

from . import meeting_cues as mc
from . import meeting_people as mp
from .clause_scope import own_predicate
from .cues import Role
from .discourse import Draft
from .gazetteer import canonical_entity
from .gazetteer_model import Entity
from .lexicon import role_names, word_list
from .meeting_anaphors import object_anaphor_people
from .meeting_announcers import announcer_outside
from .meeting_calls import the_call_again
from .meeting_checks import (
    absent,
    attribution_tail,
    headline_sources,
    intended_only,
    negated_plan,
    previous_meeting,
    summit_bodies,
)
from .meeting_classes import POLICY, class_of_meetings
from .meeting_cues import (
    since_date,
)
from .meeting_kind import find_denier, read_meeting
from .meeting_people import (
    after_in,
    anaphoric_participants,
    between_at,
    comments_on_others_meeting,
    coordinated_titles,
    definite,
    hosting_voice,
    hosts,
    indefinite,
    joins_last_meeting,
    met_with,
    unnamed_leaders,
    without_represented_states,
)
from .meeting_place import meeting_place
from .meeting_plans import (
    keeps_last_people,
    names_a_body,
    plan_between,
    split_plans,
    teller_side,
    told_about,
)
from .meeting_principals import for_principals, mediators_join, named_aides, same_table
from .meeting_receptions import receptions
from .meeting_sequels import pairs_in_turn
from .meeting_series import split_by_venue, venue_series
from .meeting_sides import other_side
from .meeting_tense import demanded, held_ahead, in_the_past, without_relatives
from .meeting_thanks import thanks_for_told_meeting
from .meeting_topics import topic_state
from .meeting_voices import speaking_participant
from .rules import Clause, _states

_NOBODY = Entity(id="", name="", kind="person")


def _voice(role: Role) -> str:
    """A capital that refuses ("Баку отказался") is its state refusing."""
    e = role.mention.entity
    return (e.state or e.name) if e.kind == "place" else e.name


def meetings(c: Clause, speaker_name: str | None, claimed: list[str]) -> list[Draft]:
    lex, ctx = c.lex, c.ctx
    hits = sorted(c.at(lex.meeting) + receptions(c))  # "принял в Кремле Пашиняна"
    if not hits:
        mediators_join(c)  # "Посредниками выступили Макрон и Мишель": the last meeting's
        return []
    two = split_plans(c, hits, lambda part: meetings(part, speaker_name, claimed))
    if two is not None:
        return two  # "the tripartite meeting ... stressed holding a 5-sided meeting with"
    c = without_relatives(c, hits[0])  # "a working group that would focus on": not the meeting's
    c = own_predicate(c, hits[0], lex.meeting)  # "met ... and reaffirmed the truce agreed in"
    reading = read_meeting(c, hits, speaker_name, claimed)
    if reading is None:
        return []
    trig, kind, modality = reading.trig, reading.kind, reading.modality
    if kind == "MeetingHeld" and the_call_again(c, trig):
        return []  # "Putin and Pashinyan spoke by phone. During the talks, ...": the call
    if kind == "MeetingHeld" and thanks_for_told_meeting(c, trig):
        return []  # "thanked the US for hosting the talks": the talks told, hosted by the thanked
    if kind == "MeetingDenied" and class_of_meetings(c, trig):
        modality = POLICY  # "will not attend any talks that include France": no meeting
    agreed, teller = reading.agreed, reading.teller
    inside = c.inside()
    denier: Role | None = None
    refusal = False
    if kind == "MeetingDenied":
        denier, refusal = find_denier(c, trig, inside, teller)
    # a speaker or source takes part when they are a person named as meeting ("Putin said he
    # met ..."); spokespeople never do (filtered below), institutions are no participants
    skip: set[str | None] = set()
    if denier and not refusal:
        skip.add(denier.name)
    if speaker_name and attribution_tail(c, trig, speaker_name, inside):
        skip.add(speaker_name)  # "the ministers are expected to meet soon, Pashinyan said"
    if speaker_name and "spokes" in (canonical_entity(speaker_name) or _NOBODY).flags:
        skip.add(speaker_name)  # '"A meeting between A and B will be held," X's spokesperson said'
    if speaker_name and ctx.meeting and speaker_name not in ctx.meeting and definite(c, trig):
        skip.add(speaker_name)  # "Lavrov said the meeting will take place": the known one
    if kind == "MeetingAnnounced" and announcer_outside(c, trig, speaker_name, inside):
        skip.add(speaker_name)  # "Лавров подтвердил, что саммит ... состоится": the teller
    if speaker_name and comments_on_others_meeting(c, trig, speaker_name, inside):
        skip.add(speaker_name)  # "Дарчиашвили прокомментировал встречу Мирзояна и Байрамова"
    skip |= headline_sources(c, inside)
    between = between_at(c, trig)
    if between is None:  # "the agreement between A and B to hold talks"
        between = plan_between(c, trig)
    aides = named_aides(c, inside) if kind == "MeetingHeld" else set()
    people = [
        r.name
        for r in inside
        if r.kind == "person"
        and (between is None or r.mention.first > between)
        and not r.absorbed
        and ("spokes" not in r.mention.entity.flags or between is not None or r.name in aides)
        and r.name not in skip
        and not absent(c, r)
        and not mc.escorting(c, trig, r.mention.first)
        and not names_a_body(c, r.mention.first, r.mention.last)  # "the Trump administration"
    ]
    if not people and mc.only_escorts(c, trig, inside):
        return []  # "Лидеров на встрече сопровождали супруги": who came along, no meeting
    people = for_principals(c, inside, people)  # "advisers to Michel and Macron met"
    leaders = unnamed_leaders(c, inside) + met_with(c, trig, inside)
    participants = list(dict.fromkeys(people + coordinated_titles(c, inside) + leaders))
    if told_about(c, trig):  # "informed Blinken about the planned meeting": the one told of
        participants = list(ctx.meeting or [])
        if not participants:
            return []
    if refusal:  # "отказался от участия в саммите ОДКБ": the body is the other side
        participants += [b for b in summit_bodies(c, trig) if b not in participants]
    if between is not None and participants:
        participants = list(dict.fromkeys(hosts(c, inside, between, skip) + participants))
    voice = speaker_name or (ctx.person_voice.name if ctx.person_voice else None)
    if participants and kind == "MeetingHeld":
        participants = list(dict.fromkeys(hosting_voice(c, voice) + participants))
    if participants and c.has(lex.join_meeting) and joins_last_meeting(c, trig, participants):
        return []
    if refusal and denier is not None and denier.kind == "person":
        participants = list(dict.fromkeys([denier.name, *participants]))
        if len(participants) < 2 and ctx.meeting:
            participants = list(dict.fromkeys([*participants, *ctx.meeting]))
    if agreed:  # "Азербайджан и Армения на переговорах договорились": the subjects
        participants += [
            r.name
            for r in inside
            if r.kind == "state"
            and not r.as_place
            and r.mention.first < trig
            and c.tokens[r.mention.first].nominative
            and r.name not in participants
        ]
    venues = [r for r in inside if r.kind == "state" and after_in(c, r)]
    if not participants:  # the states at the table: after "between" when it names them
        at_table = [r for r in inside if (-1 if between is None else between) < r.mention.first]
        at_table = [
            r
            for r in at_table
            if r.kind != "organisation"
            and not (r.as_place or absent(c, r) or topic_state(c, trig, r))
        ]
        participants = _states([r for r in at_table if r not in venues], {n for n in skip if n})
    me = [v for v in speaking_participant(c, trig, voice) if v not in participants]
    participants = me + participants  # "a meeting between me and ...": the one speaking
    last = ctx.last_meeting
    recent = last is not None and last.paragraph == c.sent.paragraph
    participants = same_table(c, trig, participants)  # "the same group met in Chisinau"
    participants = teller_side(c, kind, participants, teller)  # "the meeting with X is off, Y said"
    # a meeting called off with a side of its own, after one held: not that table's people
    carry = keeps_last_people(c, kind, participants)
    if mc.trilateral(c, trig) and len(participants) < 3 and ctx.trilateral:
        participants = list(ctx.trilateral)
    elif (
        carry
        and len(participants) < 2
        and ctx.meeting
        and (kind != "MeetingAnnounced" or recent)
        and not indefinite(c, trig)  # "Putin held a meeting with the Security Council": another
    ):
        participants = list(dict.fromkeys([*ctx.meeting, *participants]))
    elif len(participants) < 2 and anaphoric_participants(c, trig):
        participants = list(dict.fromkeys([*anaphoric_participants(c, trig), *participants]))
    elif len(participants) < 2 and object_anaphor_people(c, trig):  # "meet with the ministers"
        participants = list(dict.fromkeys([*participants, *object_anaphor_people(c, trig)]))
    participants = without_represented_states(participants)
    sides = sorted(role_names("border_sides"))
    if len(participants) == 1 and participants[0] in sides:
        participants = other_side(c, participants[0])  # a meeting has two sides
    if kind == "MeetingDenied" and len(participants) == 1 and teller not in participants:
        # "Пашинян заявил, что не встретится с Алиевым": the one saying it is the other side
        entity = canonical_entity(teller) if teller else None
        if entity is not None and entity.kind == "person" and "spokes" not in entity.flags:
            participants = [entity.name, *participants]
    if len(participants) < (1 if refusal else 2):
        return []
    place = meeting_place(c, trig, inside, venues, participants, kind)
    date = c.date_near(trig, after=kind == "MeetingPostponed")
    if date is None and agreed:
        date = c.date_near(trig, documents=True)  # "signed on April 19 during the meeting"
    if date is not None and since_date(c, date):
        date = None  # "the first meeting since Azerbaijan attacked Armenia in September 2022"
    if kind == "MeetingHeld" and date is not None:
        date = in_the_past(c, trig, date)  # "On January 11 ... met", told in December: last January
    if kind == "MeetingHeld" and date and mc.after_today(c, date.value) and agreed:
        date = None  # "during the meeting they agreed ... by July 1": the deadline agreed
    if kind == "MeetingHeld" and date and mc.after_today(c, date.value):
        kind, modality = "MeetingAnnounced", "planned"  # "hosts them tomorrow": still to come
    elif kind == "MeetingHeld" and mc.ahead(c, trig):
        if c.has(lex.not_a_meeting):
            return []  # "Ahead of the meeting, Michel held telephone conversations": the calls
        kind, modality, date = "MeetingAnnounced", "planned", None
    if kind in ("MeetingHeld", "MeetingAnnounced") and intended_only(c, trig):
        return []  # "thanked Tokayev for the initiative to host the talks": a proposal
    if kind == "MeetingHeld" and demanded(c, trig):
        return []  # "demanded that Erdogan also join the talks": a condition, not a meeting
    if kind in ("MeetingAnnounced", "MeetingHeld") and negated_plan(c, trig):
        return []  # "не будет вести переговоры", "will not hold talks": no meeting at all
    if kind == "MeetingAnnounced" and date and (c.dates_the_saying(date) or told_about(c, trig)):
        date = None  # "will take place soon, Bayramov told journalists on Monday"
    if kind == "MeetingAnnounced" and date and mc.before_today(c, date) and not mc.ahead(c, trig):
        kind, modality = "MeetingHeld", "held"
    if kind == "MeetingPostponed" and date:
        post = c.at(lex.postpone)[0]
        later = [d for d in c.dates if d.start > c.tokens[post].start]
        date = later[0] if later else date
    inherit = None
    # a meeting still to come is not the one already held: it keeps its own day
    ahead_of_held = kind == "MeetingAnnounced" and last is not None and last.kind == "MeetingHeld"
    if last is not None and (
        c.has(lex.sidelines) or recent or mp.within(participants, last.args.get("participants"))
    ):
        inherit = last
    groups = pairs_in_turn(c, hits, participants)  # "welcomed A ... after hosting B"
    if mc.bilateral(c, trig) and len(participants) > 2:
        host = mc.host(c, trig, participants)
        groups = [[host, other] for other in participants if other != host]
    out: list[Draft] = []
    for group in groups:
        args: dict[str, str | list[str] | None] = {"participants": group, "place": place}
        if inherit and not place:
            args["place"] = inherit.args.get("place")
        d = c.draft(kind, args, modality, date)
        if (
            inherit
            and not date
            and inherit.date
            and (
                c.has(lex.sidelines) or recent or mp.within(group, inherit.args.get("participants"))
            )
            and not ahead_of_held
            # a venue of its own, not the last meeting's: another meeting, with its own day
            and not (place and inherit.args.get("place") not in (None, place))
            # a plan still to come cannot fall on a day already past
            and not (kind == "MeetingAnnounced" and mc.before_news(c, inherit.date.value))
        ):
            d.args["date"], d.date = inherit.date.value, inherit.date
            held_ahead(c, trig, d, claimed)  # the day of the meeting it continues is still to come
        if kind == "MeetingDenied":
            # "Встреча ... не планируется - Песков", "no meeting is planned, Pashinyan said":
            # the one who says so denies it; a refusal is the refuser's
            who = _voice(denier) if denier and (refusal or not teller) else teller
            if who:
                d.args["denied_by"], d.claimed_by = [who], [who]
        if kind == "MeetingAnnounced":
            # a plan told without a source here is the article's source's ("Additionally,
            # separate conversations ... are planned" after "the Kremlin press service said")
            d.claimed_by = list(claimed or ctx.source)
        d.another_occasion = bool(
            {t.lemma for t in c.tokens[c.lo : c.hi]} & word_list("earlier_meeting_words")
        )
        if kind == "MeetingAnnounced" and previous_meeting(c, trig):
            continue  # "progress made at the previous Washington meeting will develop"
        out.append(d)
    if kind == "MeetingHeld":  # "held in New York in September and Paris in November"
        series = [(p, in_the_past(c, trig, d)) for p, d in venue_series(c, inside)]
        out = split_by_venue(out, series)
    return out
