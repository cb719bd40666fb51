"""The tense of the clause that names a meeting, without the relative clauses after it.

"During a meeting in Moscow, the leaders made a decision to create a working group that would
focus on ...", "встреча, на которой будет обсуждаться ...": the future of a relative clause
("that would", "которая будет") tells of what the relative pronoun stands for, not of the
meeting named before it; the meeting's clause keeps the tense of its own verbs.
"""

from __future__ import annotations

from dataclasses import replace

from .cues import tense_of
from .dates import DateMention
from .discourse import Draft
from .lexicon import word_list
from .meeting_cues import (
    after_today,
    agreed_at,
    arrived_for,
    held_participle,
    occasion_of_act,
    occasion_of_saying,
)
from .rules import Clause


def _relative(c: Clause, k: int) -> bool:
    """A relative pronoun; "that" only as the subject of a verb right after it ("a group that
    would focus"), since before a noun it introduces what is said ("the news that Aliyev and
    Pashinyan are to meet")."""
    t = c.tokens[k]
    if t.lower == "that":
        after = c.tokens[k + 1] if k + 1 < c.hi else None
        return after is not None and (
            bool(after.tense) or after.lower in word_list("auxiliary_verbs")
        )
    relatives = word_list("relative_clause_words")
    return t.lemma in relatives or t.lower in relatives


def without_relatives(c: Clause, trig: int) -> Clause:
    """The clause up to the first relative pronoun after the meeting word, with the tense of
    its own words, when a future told only after that pronoun made the clause future."""
    if c.tense != "futr":
        return c
    relative = _told_in_relative(c, trig)
    if relative is not None:
        return relative
    cut = next((k for k in range(trig + 1, c.hi) if _relative(c, k)), None)
    # "a meeting with Pashinyan which was due to take place": a relative clause right after
    # the meeting noun's phrase tells of the meeting; one after a verb (the meeting's own
    # "met" too), of that verb's object
    if cut is None or not any(t.tense for t in c.tokens[trig:cut]):
        return c
    language = "ru" if any("а" <= ch <= "я" for ch in c.tokens[trig].lower) else "en"
    own = tense_of(c.tokens, c.lo, cut, language)
    if own in (None, "futr"):
        return c
    return replace(c, hi=cut, tense=own)  # the relative clause is a clause of its own


def _told_in_relative(c: Clause, trig: int) -> Clause | None:
    """ "Teams will take it forward, said Michel, who hosted the meeting on 22 May": a meeting
    word inside a relative clause (after "who", "который", a few words back) is told by that
    clause, a clause of its own with its own past tense, whose subject is the name the pronoun
    stands for (the name right before it), not by the future of the clause around it."""
    start = next((k for k in range(trig, max(c.lo, trig - 4) - 1, -1) if _relative(c, k)), None)
    if start is None:
        return None
    end = next((k for k in range(trig + 1, c.hi) if c.tokens[k].lower in (",", ";")), c.hi)
    language = "ru" if any("а" <= ch <= "я" for ch in c.tokens[trig].lower) else "en"
    if tense_of(c.tokens, start, end, language) != "past":
        return None
    gap = start - 1 if start > c.lo and c.tokens[start - 1].lower == "," else start
    antecedent = next((r for r in c.roles if r.mention.last == gap - 1), None)
    lo = antecedent.mention.first if antecedent is not None else start
    return replace(c, lo=max(c.lo, lo), hi=end, tense="past")


def in_the_past(c: Clause, trig: int, date: DateMention) -> DateMention:
    """ "On January 11, during a meeting in Moscow, the leaders made a decision" (told in
    December): a day without its year, of a meeting told in the past tense, lies before the
    news day, so in the year before when the inferred year puts it after."""
    if date.explicit_year or not date.derivation.startswith("inferred"):
        return date
    # the meeting itself told in the past: its own past verb ("met"), or the occasion of a
    # past act ("during a meeting ..., they made a decision")
    if not (c.tokens[trig].tense == "past" or occasion_of_act(c, trig)):
        return date
    today = c.ctx.today[: len(date.value)]
    if not today or date.value <= today or not date.value[:4].isdigit():
        return date
    return replace(date, value=f"{int(date.value[:4]) - 1:04d}{date.value[4:]}")


def demanded(c: Clause, trig: int) -> bool:
    """A verb of demanding before the meeting word in its clause: the meeting is a demand
    ("Aliyev demanded that Erdogan also join the talks"), not one held."""
    verbs = word_list("demand_verbs")
    return any(t.lemma in verbs or t.lower in verbs for t in c.tokens[c.lo : trig])


def told_held(c: Clause, trig: int) -> bool:
    """The clause itself says the meeting took place: a past verb of meeting or of taking
    place ("met", "прошли"), the occasion of words said or of an act done ("по итогам
    заседания ... сообщил", "during the talks the sides discussed"), an arrival for it, a
    participle of holding; not a past act merely placed before it ("ушёл на самоизоляцию
    перед встречей")."""
    done = word_list("took_place_verbs")
    own = set(c.at(c.lex.meeting)) | {
        k for k in range(c.lo, c.hi) if c.tokens[k].lemma in done or c.tokens[k].lower in done
    }
    skip = word_list("determiners")
    before = [t.lower for t in c.tokens[max(c.lo, trig - 4) : trig] if t.lower not in skip]
    after = any(before[-len(w.split()) :] == w.split() for w in word_list("after_frames"))
    return (
        any(c.tokens[k].tense == "past" for k in own)
        or (after and c.tense == "past")
        or occasion_of_saying(c, trig)
        or occasion_of_act(c, trig)
        or (agreed_at(c, trig) and c.tense == "past")  # not "documents adopted after it will"
        or arrived_for(c, trig)
        or held_participle(c, trig)
    )


def held_ahead(c: Clause, trig: int, d: Draft, claimed: list[str]) -> None:
    """A meeting read as held only from the tense of its clause, whose day (that of the
    meeting it continues, "before the meeting with Putin" after "will meet Putin on April 7")
    lies after the news day, has not taken place: it is the announced one, told by the
    article's source. A meeting the clause says took place keeps its kind, without that day."""
    if d.kind != "MeetingHeld" or d.date is None or not after_today(c, d.date.value):
        return
    if told_held(c, trig):
        d.args["date"], d.date = None, None
        return
    d.kind, d.modality = "MeetingAnnounced", "planned"
    d.claimed_by = list(claimed or c.ctx.source)
