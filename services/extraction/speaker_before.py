"""The speaker before the speech verb: "X заявил", "X said" — the nearest eligible mention
before it, unless something between makes it no subject (a complementiser, a quote, an outlet,
an unnamed holder, a preposition, a relative clause of its own, a noun it completes)."""

from __future__ import annotations

from .cues import Role
from .lexicon import word_list
from .rules import Clause
from .speaker_anonymous import unnamed_holder
from .speaker_heads import prefer_person, press_of
from .speaker_objects import object_of_earlier_verb
from .speaker_relatives import relative_subject_elsewhere
from .speaker_roles import COMPLEMENTISERS, QUOTES, eligible, subject
from .speaker_shapes import capital_voice, scare_quoted, unknown_name
from .speaker_titles import governed, noun_complement, served_by_title


def subject_before(c: Clause, v: int, limit: int) -> Role | None:
    cands = [
        r
        for r in c.roles
        if (eligible(r) or capital_voice(c, r, v))
        and r.mention.last < v
        and v - r.mention.last <= limit
        and not r.absorbed
    ]
    if not cands:
        return None
    who = cands[-1]
    if c.tokens[who.mention.last].lower.endswith(("'s", "’s")):
        return None  # "Russia's helicopter ..., X said": a possessive is no subject
    if prepositional_object(c, who):
        return None  # "Transfer of villages to Azerbaijan reported": an oblique, no subject
    between = c.tokens[who.mention.last + 1 : v]
    if relative_subject_elsewhere(c, who, v):
        return None  # "the agreement which states": the agreement's words, not the name's
    if scare_quoted(c, who):
        between = between[1:]  # 'the self-styled "Republic of Artsakh" said': no quotation
    if any(t.lower in COMPLEMENTISERS or t.text in QUOTES for t in between):
        return None
    if any(t.lower in word_list("clause_openers") for t in between[:-1]):
        return None  # "clashes between Azerbaijan and Armenia as world leaders called for"
    if unnamed_holder(c, who, v):
        return None  # "a State Department official said": an unnamed official, no one on record
    if unknown_name(c, who.mention.last + 1, v):
        return None  # "помощница Мгера Григоряна Ани Бабаян сообщила": someone unlisted speaks
    if any(
        "media" in r.mention.entity.flags and who.mention.last < r.mention.first < v
        for r in c.roles
    ):
        return None  # "Russia's TASS news agency reported": the outlet relays
    # "о деятельности миротворцев сообщается": a noun's complement is no subject either
    if not subject(c, who) or any(f(c, who) for f in (served_by_title, governed, noun_complement)):
        return None
    if press_of(c, who):
        return None  # "media reports from Azerbaijan cited ...": the press relays
    relative = any(t.lower in word_list("aside_relatives") for t in between)
    if not relative and object_of_earlier_verb(c, who):
        return None  # "осуждает действия азербайджанской стороны и предупреждает": an object
    return prefer_person(c, who)


def prepositional_object(c: Clause, who: Role) -> bool:
    """An English mention right after a preposition (behind "the") is its object."""
    k = who.mention.first - 1
    if k >= 0 and c.tokens[k].lower == "the":
        k -= 1
    return (
        k >= 0
        and c.tokens[who.mention.first].lower.isascii()
        and c.tokens[k].lower in word_list("oblique_prepositions_en")
    )
