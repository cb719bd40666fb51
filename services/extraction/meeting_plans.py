"""The sides of a meeting named inside a plan noun before it.

"Tokayev welcomed the agreement between Azerbaijan and Armenia to hold talks in Almaty",
"договорённость между Арменией и Азербайджаном провести переговоры": the "between" of the plan
(agreement, decision, deal) names who will meet, as the "between" after a meeting word does
("talks between A and B"); whoever welcomes or reports the plan earlier in the sentence tells
of it and takes no part. Also: two plans told in one sentence ("the tripartite meeting ...
stressed holding a 5-sided meeting with ...") and a name that qualifies a body ("the Trump
administration").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from .discourse import Draft
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
    if _told_that(c, trig):
        return True
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


def _told_that(c: Clause, trig: int) -> bool:
    """ "проинформировал Путина о том, что ... для начала консультаций", "informed Putin that
    consultations were requested": talks named by a noun inside what someone is told (after
    "что"/"that"); the informer and the one informed are not their sides. A verb of meeting
    ("told him that he had met Aliyev") keeps its own subject, so only a noun counts here."""
    if c.tokens[trig].pos == "VERB" or c.tokens[trig].lower.startswith("met"):
        return False
    if trig + 1 < c.hi and c.tokens[trig + 1].lower in ("with", "с", "со"):
        return False
    informing = word_list("informing_verbs")
    told = [k for k in range(c.lo, trig) if c.tokens[k].lemma in informing]
    told += [k for k in range(c.lo, trig) if c.tokens[k].lower in informing]
    if not told:
        return False
    return any(c.tokens[k].lower in ("что", "that") for k in range(min(told) + 1, trig))


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


def names_a_body(c: Clause, first: int, last: int) -> bool:
    """ "the Trump administration", "the Putin government", "администрация Трампа": a person's
    name that qualifies a body (English: before the noun, Russian: after it, in the genitive)
    names that body; the person is not at the table."""
    bodies = word_list("bodies_named_after")
    after = c.tokens[last + 1] if last + 1 < c.hi else None
    before = c.tokens[first - 1] if first - 1 >= c.lo else None
    if after is not None and after.lower in bodies and after.lower.isascii():
        return True
    return before is not None and before.lemma in bodies and not before.lower.isascii()


def sides_counted(c: Clause, trig: int) -> int | None:
    """The number of sides an adjective before the meeting word counts ("a 5-sided meeting",
    "the tripartite meeting", "пятисторонняя встреча")."""
    for t in c.tokens[max(c.lo, trig - 2) : trig]:
        for n in (3, 4, 5):
            if any(t.lower.startswith(stem) for stem in word_list(f"sides_{n}")):
                return n
        head, _, tail = t.lower.partition("-")
        if head.isdigit() and any(("-" + tail).startswith(m) for m in word_list("sides_marks")):
            return int(head)
    return None


def two_plans(c: Clause, hits: list[int]) -> tuple[Clause, Clause, int] | None:
    """ "They referred to the tripartite meeting of A, B and C scheduled for May 14, stressed
    the importance of holding a 5-sided meeting with D and E in X on June 1": two meeting
    words, each with people of its own and a verb with a tense between them, tell two
    meetings; each keeps the people, place and day of its own part of the sentence. Returns
    both parts and the second meeting word."""
    inner = [h for h in hits if c.lo <= h < c.hi]
    if len(inner) < 2:
        return None
    first = inner[0]
    for second in inner[1:]:
        verbs = [k for k in range(first + 1, second) if c.tokens[k].tense]
        if verbs:
            break
    else:
        return None
    cut = verbs[-1]
    before = {r.name for r in c.inside() if r.kind == "person" and r.mention.last < cut}
    after = {r.name for r in c.inside() if r.kind == "person" and r.mention.first > second}
    if len(before) < 2 or not after or after & before:
        return None
    return replace(c, hi=cut), replace(c, lo=cut), second


def joined_sides(c: Clause, trig: int, own: list[str], earlier: list[str]) -> list[str]:
    """The second of two plans counting more sides than it names ("a 5-sided meeting with D and
    E" after a meeting of A, B and C): the people of the first join it."""
    count = sides_counted(c, trig)
    if count is None or count <= len(own):
        return own
    return list(dict.fromkeys([*earlier, *own]))


def split_plans(
    c: Clause, hits: list[int], run: Callable[[Clause], list[Draft]]
) -> list[Draft] | None:
    """The drafts of two plans told in one sentence (`two_plans`), or None when the sentence
    does not tell two plans; `run` reads one part as a clause of its own."""
    parts = two_plans(c, hits)
    if parts is None:
        return None
    first, second = run(parts[0]), run(parts[1])
    trig = parts[2]
    drafts = first + second
    if not first or not second or any(d.kind != "MeetingAnnounced" for d in drafts):
        return None
    earlier = first[0].args.get("participants")
    for d in second:
        own = d.args.get("participants")
        if isinstance(own, list) and isinstance(earlier, list):
            d.args["participants"] = joined_sides(parts[1], trig, own, earlier)
    return drafts
