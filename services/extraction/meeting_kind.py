"""Which meeting fact a clause tells (announced, held, denied, ...) and who denies it."""

from __future__ import annotations

from dataclasses import dataclass

from . import meeting_cues as mc
from .cues import Role
from .meeting_checks import (
    denies,
    find_refuser,
    hedged_predicate,
    hosts_someone,
    may_be_subject,
    near,
    none_planned,
    plan_cue,
)
from .meeting_classes import uncounted
from .meeting_cues import agreed_at, agreed_to, occasion_of_saying
from .meeting_occasions import told_meeting
from .meeting_people import named_people
from .rules import Clause, _nearest


@dataclass(frozen=True, slots=True)
class MeetingReading:
    """The meeting word a clause is about, the kind it tells and who tells it."""

    trig: int
    kind: str
    modality: str
    agreed: bool
    teller: str | None


def read_meeting(
    c: Clause, hits: list[int], speaker_name: str | None, claimed: list[str]
) -> MeetingReading | None:
    lex = c.lex
    # "Перед началом саммита в Гранаде Мишель сказал ... встречу в Брюсселе": a meeting named
    # only as the time of the saying yields to the next one
    # "After holding talks in Washington, they will meet in Moscow": the later meeting is told
    hits = told_meeting(c, hits)
    unframed = [h for h in hits if not mc.ahead(c, h)]
    trig = unframed[0] if unframed and mc.ahead(c, hits[0]) and len(hits) > 1 else hits[0]
    if c.tokens[trig].lemma == "host" and not hosts_someone(c, trig):
        return None  # "Azerbaijan hosting next year's climate conference": no meeting of theirs
    if any(abs(i - trig) <= 3 for i in c.at(lex.not_a_meeting)):
        return None  # "созвонился", "phone call", "agreed to continue talks"
    if uncounted(c, trig):
        return None  # "провел ряд встреч", "held several talks with": no one meeting
    if mc.remote(c, trig):
        return None  # "в режиме видеоконференции", "phoned ... ahead of their meeting"
    agreed = agreed_at(c, trig)  # "на переговорах договорились": talks that took place
    teller = claimed[0] if claimed else speaker_name  # who says so
    if denies(c) or none_planned(c, trig):
        kind, modality = "MeetingDenied", "denied"
    elif c.has(lex.cancel):
        kind, modality = "MeetingCancelled", "cancelled"
    elif c.has(lex.postpone) and not mc.postponement_asked(c):
        kind, modality = "MeetingPostponed", "postponed"
    elif (
        occasion_of_saying(c, trig)
        or agreed
        or mc.arrived_for(c, trig)
        or mc.occasion_of_act(c, trig)
    ):
        kind, modality = "MeetingHeld", "held"
    elif (
        any(abs(h - trig) <= 8 for h in mc.hedges(c))
        or hedged_predicate(c, trig)
        or near(c, lex.attempt, trig)
        or mc.modal(c)
    ) and not mc.held_participle(c, trig):
        return None  # "рассчитывает в ходе начавшейся встречи обсудить": the meeting began
    elif (
        c.has(lex.meet_event) or c.has(lex.planned) or (c.tense == "futr" and c.has(lex.future_aux))
    ):
        planned = c.tense == "futr" or plan_cue(c) or mc.infinitive_plan(c, trig)
        if mc.held_participle(c, trig):
            planned = False  # "the meeting held on the sidelines ..., Blinken said he will"
        kind, modality = ("MeetingAnnounced", "planned") if planned else ("MeetingHeld", "held")
    elif agreed_to(c, trig):
        kind, modality = "MeetingAnnounced", "planned"  # "согласился на встречу с Алиевым"
    elif (c.tense == "futr" and named_people(c) >= 2) or any(
        mc.preparing(c, h) for h in c.at(lex.hypothetical)
    ):
        kind, modality = "MeetingAnnounced", "planned"  # "отправится в Сочи для встречи с"
    elif c.tense in ("past", "pres") and named_people(c) >= 2:
        kind, modality = "MeetingHeld", "held"  # "встреча Путина с Алиевым" told as news
    elif c.tense is None and named_people(c) >= 2 and mc.dated_caption(c):
        kind, modality = "MeetingHeld", "held"  # "X and Y during the meeting in Z on 6 April 2022"
    else:
        return None
    return MeetingReading(trig, kind, modality, bool(agreed), teller)


def find_denier(
    c: Clause, trig: int, inside: list[Role], teller: str | None
) -> tuple[Role | None, bool]:
    """Who denies the meeting, and whether it is a refusal (the refuser's own meeting)."""
    lex = c.lex
    deny_at = (c.at(lex.deny) or [trig])[0]
    refusal = deny_at in c.at(lex.refusal) or c.tokens[deny_at].lower == "не"
    refuser = find_refuser(c, deny_at) if refusal else None
    if refuser is None or "spokes" in refuser.mention.entity.flags:
        refusal, refuser = False, None  # "Песков заявил, что встреча не планируется"
    denier = (
        refuser
        or next(
            (
                r
                for kinds in (("organisation",), ("state", "place"), ("person",))
                for r in reversed(inside)
                if r.kind in kinds
                and not r.absorbed
                and not r.as_place
                and r.mention.last < deny_at
                and may_be_subject(c, r)
                # "Pashinyan's meeting ... is not planned": his meeting, not his denial
                and not (
                    r.mention.last + 1 == trig
                    and c.tokens[r.mention.last].lower.endswith(("'s", "’s"))
                )
            ),
            None,
        )
        or _nearest(inside, deny_at, ("organisation", "state", "person"), False, 4)
    )
    if not refusal and teller and denier is not None and denier.name != teller:
        denier = None  # the one who says so denies it; a name near "not" may be a participant
    return denier, refusal
