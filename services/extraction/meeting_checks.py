"""Checks that decide what kind of meeting a clause tells of, or that it tells of none:
denials that only withhold words, hedged or negated plans, the previous meeting, plan words
that a past verb makes done, who refuses, and the source named after the meeting."""

from __future__ import annotations

from .cues import Role
from .lexicon import word_list
from .meeting_arrangers import arranged_by
from .meeting_cues import hedges as _hedges
from .rules import Clause


def attribution_tail(c: Clause, trig: int, name: str, inside: list[Role]) -> bool:
    """The speaker is named after the meeting and everyone in it, right before the speech
    verb: the source, not a participant ("the ministers are expected to meet in Washington
    soon, Armenian Prime Minister Nikol Pashinyan said"). "Blinken said he and Mirzoyan will"
    names people after the speaker, and "After talks with X, Y said" is Y's own: he takes
    part."""
    verbs = c.at(c.lex.speech)
    opening = {t.lower for t in c.tokens[c.lo : min(trig, c.lo + 3)]}
    if opening & word_list("fronted_after_words"):
        return False  # "After meeting Aliyev ..., Michel said": the speaker is who met
    for r in inside:
        if r.name != name or r.mention.first <= trig:
            continue
        if not any(0 < v - r.mention.last <= 2 for v in verbs):
            continue
        later = [o for o in inside if o.kind == "person" and o.mention.first > r.mention.last]
        between = c.tokens[trig : r.mention.first]
        return not later and any(t.text == "," for t in between)
    return False


def headline_sources(c: Clause, inside: list[Role]) -> set[str | None]:
    """ "Шарль Мишель: Алиев и Пашинян встретятся в Брюсселе", "Michel: Aliyev and Pashinyan to
    meet": the person opening a headline before its colon is its source, not a participant."""
    return {
        r.name
        for r in inside
        if r.kind == "person"
        and r.mention.first <= c.lo + 1
        and r.mention.last + 1 < c.hi
        and c.tokens[r.mention.last + 1].text == ":"
    }


def negated_plan(c: Clause, trig: int) -> bool:
    """A negation right before the meeting word or the verb that governs it."""
    window = [t.lower for t in c.tokens[max(c.lo, trig - 4) : trig]]
    return any(w in ("не", "not", "never", "won't") for w in window) and not c.has(c.lex.deny)


def previous_meeting(c: Clause, trig: int) -> bool:
    """ "the previous Washington meeting", "прошлой встречи": the meeting word itself is
    marked as one already held."""
    words = word_list("earlier_meeting_words")
    return any(t.lemma in words or t.lower in words for t in c.tokens[max(c.lo, trig - 3) : trig])


def plan_cue(c: Clause) -> bool:
    """A plan word, unless a past verb tells of the "another round" as done ("Washington
    hosted late last month another round of talks", "очередная встреча прошла")."""
    cues = c.at(c.lex.planned)
    done = word_list("took_place_verbs")
    if c.tense != "past" or not any(
        t.lemma in done or t.lower in done for t in c.tokens[c.lo : c.hi]
    ):
        return bool(cues)
    neutral = word_list("plan_words_neutral_in_past")
    return any(c.tokens[k].lemma not in neutral and c.tokens[k].lower not in neutral for k in cues)


def hedged_predicate(c: Clause, trig: int) -> bool:
    """ "Встреча Алиева и Пашиняна ... может состояться": the meeting's own verb, however far
    the names push it, is a hedge."""
    verb = next(
        (k for k in range(trig + 1, c.hi) if c.tokens[k].pos in ("VERB", "INFN", "PRTS")), None
    )
    # "a meeting between ... is possible Friday": the word after the meeting's copula (the guide)
    copula = next((k for k in range(trig + 1, c.hi) if c.tokens[k].lower in ("is", "are")), None)
    hedges = _hedges(c)
    return (verb is not None and verb in hedges) or (copula is not None and copula + 1 in hedges)


def denies(c: Clause) -> bool:
    """A denial, unless it only withholds words ("declined to comment", "refused to provide
    details", "отказался комментировать"): that denies nothing about the meeting."""
    quiet = word_list("no_comment_words")

    def withheld(d: int) -> bool:
        for t in c.tokens[d + 1 : d + 4]:
            if t.pos == "PUNCT" or t.text in (",", ";", ":"):
                return False  # ", сообщил Песков": another clause
            if t.lemma in quiet or t.lower in quiet:
                return True
        return False

    return any(not withheld(d) for d in c.at(c.lex.deny))


def may_be_subject(c: Clause, r: Role) -> bool:
    """A denier is a subject: nominative, or "в Кремле" (the institution speaking)."""
    first = r.mention.first
    return (
        c.tokens[first].nominative
        or (first > 0 and c.tokens[first - 1].lower in ("в", "во"))
        or c.tokens[first].lower.isascii()
    )


def _owns_meeting(c: Clause, r: Role) -> bool:
    """ "встреча Путина, Алиева и Пашиняна", "a meeting of X and Y": names listed right after
    the meeting noun are its participants, not a subject."""
    named = {k for o in c.roles for k in range(o.mention.first, o.mention.last + 1)}
    for k in c.at(c.lex.meeting):
        between = range(k + 1, r.mention.first)
        if k < r.mention.first and all(
            j in named or c.tokens[j].lower in (",", "и", "and", "of", "between", "с", "со", "with")
            for j in between
        ):
            return True
    return False


def find_refuser(c: Clause, deny_at: int) -> Role | None:
    """Who declines: the nearest named actor right before "отказался" / "declined", or the
    owner of "отказ Алиева", "Aliyev's refusal" right after the noun."""
    # "Песков прокомментировал отказ ...": another verb between; "Алиев выразил свой отказ":
    # the refusal is the subject's own
    own = deny_at > 0 and c.tokens[deny_at - 1].lemma in ("свой", "his", "her", "its", "their")
    stops = ("PUNCT",) if own else ("PUNCT", "VERB")
    before = [
        r
        for r in c.roles
        if r.mention.last < deny_at
        and deny_at - r.mention.last <= 3
        and r.kind in ("person", "state", "place")
        and not r.as_place  # "саммита в Петербурге не планируется": the venue declines nothing
        # "Гаджиев, комментируя отказ Алиева": a comma between, another clause
        and not any(t.pos in stops for t in c.tokens[r.mention.last + 1 : deny_at])
        # "встреча Путина и Пашиняна не планируется": the names after the meeting own it
        and not _owns_meeting(c, r)
    ]
    if before:
        first = before[-1].mention.first
        joined = first > 1 and c.tokens[first - 1].lower in ("и", "and")
        if joined and any(r.mention.last == first - 2 for r in c.roles):
            return None  # "Пашинян и Алиев не встретятся": nobody refuses alone
        return before[-1]
    # "отказ премьер-министра Армении Никола Пашиняна": the owner after the title words
    after = [
        r
        for r in c.roles
        if 0 < r.mention.first - deny_at <= 5
        and r.kind in ("person", "state")
        and not any(t.pos in ("PUNCT", "VERB") for t in c.tokens[deny_at + 1 : r.mention.first])
    ]
    if after:
        return after[0]
    # "Алиев ранее от участия во встрече с ЕС ... отказался": the person who opens the clause,
    # before the meeting word, refuses at its end
    meeting = min(c.at(c.lex.meeting), default=deny_at)
    lead = [
        r
        for r in c.roles
        if r.kind == "person"
        and c.lo <= r.mention.first
        and r.mention.last < min(meeting, deny_at)
        and c.tokens[r.mention.last].nominative
    ]
    return lead[0] if lead else None


def near(c: Clause, cue: frozenset[str | tuple[str, ...]], trig: int, reach: int = 8) -> bool:
    """A cue close to the meeting word ("could meet"), not in a relative clause far off."""
    return any(abs(i - trig) <= reach for i in c.at(cue))


def none_planned(c: Clause, trig: int) -> bool:
    """ "no meetings between A and B are planned": "no" on the meeting word itself, with a plan
    word in the clause, denies the meeting."""
    before = [t.lower for t in c.tokens[max(c.lo, trig - 2) : trig]]
    return "no" in before and c.has(c.lex.planned)


def summit_bodies(c: Clause, trig: int) -> list[str]:
    """ "саммит ОДКБ", "the CSTO summit", "EU summit": the organisation whose summit it is
    takes part in it."""
    if c.tokens[trig].lemma not in word_list("summit_words"):
        return []
    return [
        r.name
        for r in c.roles
        if r.kind == "organisation"
        and (0 < r.mention.first - trig <= 1 or 0 < trig - r.mention.last <= 1)
        and "media" not in r.mention.entity.flags
    ]


def absent(c: Clause, r: Role) -> bool:
    """ "despite Aliyev's refusal to attend", "in the absence of Aliyev", "без Алиева": a
    person named as missing from the meeting takes no part in it."""
    before = {t.lower for t in c.tokens[max(c.lo, r.mention.first - 4) : r.mention.first]}
    # "the meeting, arranged by Michel": who set it up is not at it either
    return bool(before & word_list("absent_words")) or arranged_by(c, r)


def hosts_someone(c: Clause, trig: int) -> bool:
    """ "hosted Aliyev and Pashinyan", "hosting peace talks": a person or talks follow."""
    after = range(trig + 1, min(c.hi, trig + 10))
    people = any(r.kind == "person" and r.mention.first in after for r in c.roles)
    talks = any(c.tokens[k].lemma in ("talk", "meeting", "negotiation", "summit") for k in after)
    return people or talks


def intended_only(c: Clause, trig: int) -> bool:
    """The meeting verb is the infinitive complement of a noun of intention ("for his initiative
    to hold another round of talks", "готовность провести встречу"): the noun is what the
    clause tells, the meeting a proposal (guide: not a proposal or a wish)."""
    nouns = word_list("intention_nouns")
    for k in range(max(c.lo + 1, trig - 4), trig + 1):
        t, before = c.tokens[k], c.tokens[k - 1]
        if t.lower == "to" and before.lower in nouns:
            return True
        infinitive = t.pos == "VERB" and t.lower.endswith(("ть", "ти", "чь", "ться", "тись"))
        if infinitive and before.lemma in nouns:
            return True
    return False
