"""The sides of a meeting named inside a plan noun before it.

"Tokayev welcomed the agreement between Azerbaijan and Armenia to hold talks in Almaty",
"договорённость между Арменией и Азербайджаном провести переговоры": the "between" of the plan
(agreement, decision, deal) names who will meet, as the "between" after a meeting word does
("talks between A and B"); whoever welcomes or reports the plan earlier in the sentence tells
of it and takes no part.
"""

from __future__ import annotations

from .gazetteer import canonical_entity
from .lexicon import word_list
from .meeting_denials import represented
from .rules import Clause
from .text import Token

_BETWEEN = ("between", "между")
_WITH = ("with", "с", "со")
_REACH = 10  # words from "between" to the meeting word: "between A and B to hold talks"


def _holding(t: Token) -> bool:
    """An infinitive of holding: "hold", "meet", "провести", "встретиться"."""
    if t.lemma in ("hold", "meet"):
        return t.lower in ("hold", "meet")  # "met", "held": the meeting took place
    return t.lemma in word_list("holding_infinitives") and t.lower.endswith(
        ("ть", "ти", "ться", "тись")
    )


def plan_between(c: Clause, trig: int) -> int | None:
    """The "between" before the meeting word whose list the meeting word completes through an
    infinitive of holding; no other verb with a tense stands between them (one starts another
    clause: "tensions between A and B grew before the talks")."""
    for k in range(trig - 1, max(c.lo, trig - _REACH) - 1, -1):
        t = c.tokens[k]
        if t.tense and not _holding(t):
            return None
        if t.lower in _BETWEEN:
            return k if any(_holding(x) for x in c.tokens[k + 1 : trig + 1]) else None
    return None


def told_about(c: Clause, trig: int) -> bool:
    """ "Aliyev informed Blinken about the planned meeting in Almaty", "проинформировал ... о
    предстоящей встрече": a meeting named as what someone is told of; the one who informs and
    the one informed tell and hear of it, they do not meet (unless "with" names a side)."""
    topic = word_list("topic_words")
    k = trig - 1
    while k > c.lo and k > trig - 4 and c.tokens[k].lower not in topic:
        k -= 1
    if c.tokens[k].lower not in topic:
        return False
    if trig + 1 < c.hi and c.tokens[trig + 1].lower in ("with", "с", "со"):
        return False  # "told him about his meeting with Aliyev": a side is named
    informing = word_list("informing_verbs")
    return any(t.lemma in informing or t.lower in informing for t in c.tokens[c.lo : k])


# a meeting called off, refused or put off: still a plan, never one already held
_CALLED_OFF = ("MeetingCancelled", "MeetingDenied", "MeetingPostponed")


def keeps_last_people(c: Clause, kind: str, own: list[str]) -> bool:
    """ "Aliyev met Nauseda ... Armenia cancelled the agreed meeting": a meeting called off,
    refused or put off whose own clause names a side who did not sit at the meeting the
    article last told as held is another table; its people come from its own clause (or the
    plan it calls off), not from that meeting. One naming nobody, or only people of that
    meeting ("the next one was cancelled"), is still about them; so is one a side declines
    to attend."""
    last, people = c.ctx.last_meeting, c.ctx.meeting
    if kind not in _CALLED_OFF or last is None or last.kind != "MeetingHeld" or not people:
        return True
    words = word_list("attendance_words")
    if any(t.lemma in words or t.lower in words for t in c.tokens[c.lo : c.hi]):
        return True  # "cancelled its participation in the meeting": the others met without it
    table = frozenset(people)
    return all(represented(p, table) for p in own)


def teller_side(c: Clause, kind: str, participants: list[str], teller: str | None) -> list[str]:
    """ "The planned meeting with Pashinyan will not be held, Aliyev said", "встреча с Алиевым
    не состоится, заявил Пашинян": a meeting called off "with" one side only, told by a
    person, is that person's own meeting; the teller is the other side."""
    if kind not in ("MeetingCancelled", "MeetingPostponed") or len(participants) != 1:
        return participants
    entity = canonical_entity(teller) if teller else None
    if entity is None or entity.kind != "person" or "spokes" in entity.flags:
        return participants
    if entity.name in participants:
        return participants
    named = [r for r in c.inside() if r.name == participants[0]]
    if not any(
        t.lower in _WITH
        for r in named
        for t in c.tokens[max(c.lo, r.mention.first - 4) : r.mention.first]
    ):
        return participants
    return [entity.name, *participants]
