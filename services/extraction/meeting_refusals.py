"""A refusal to attend that names no meeting: "Aliyev refused to participate", "армянские
коллеги отказались приехать в Москву" right after the article told of a meeting.

The guide: a participant refusing to attend is a MeetingDenied, the refuser its denier; the
participants are the meeting's as the text gives them, the refuser among them. With no meeting
word in the clause, the meeting is the one the last few sentences told of.
"""

from __future__ import annotations

from .discourse import Draft
from .lexicon import word_list
from .meeting_checks import find_refuser
from .rules import Clause

_RECENT = 3  # sentences back to the meeting refused


def _attending(c: Clause, at: int) -> bool:
    """A verb of attending right after the refusal ("refused to participate", "отказались
    приехать", "отказался от участия")."""
    words = word_list("attendance_words")
    return any(t.lemma in words or t.lower in words for t in c.tokens[at + 1 : min(c.hi, at + 4)])


def refused_attendance(c: Clause) -> list[Draft]:
    last = c.ctx.last_meeting
    if c.at(c.lex.meeting) or last is None or not 0 < c.index - last.sentence <= _RECENT:
        return []  # a meeting word of its own: `rules_meetings` reads the clause
    people = last.args.get("participants")
    if not isinstance(people, list) or last.kind not in ("MeetingAnnounced", "MeetingHeld"):
        return []
    for at in c.at(c.lex.refusal):
        if not _attending(c, at):
            continue
        refuser = find_refuser(c, at)
        if refuser is None or "spokes" in refuser.mention.entity.flags:
            continue
        e = refuser.mention.entity
        who = (e.state or e.name) if e.kind == "place" else e.name
        participants = list(dict.fromkeys([who, *people]))
        d = c.draft("MeetingDenied", {"participants": participants}, "denied")
        d.args["denied_by"], d.claimed_by = [who], [who]
        return [d]
    return []
