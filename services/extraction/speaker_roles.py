"""The roles a speaker can take in a sentence: who may speak at all, and whether a mention can
be the grammatical subject of a speech verb."""

from __future__ import annotations

from .cues import Role
from .lexicon import word_list
from .rules import Clause
from .text import Token

SPEAKER_KINDS = ("person", "organisation", "state", "place", "force")


QUOTES = frozenset({"«", "»", '"', "“", "”", "„"})  # a quote between: the name is inside it


COMPLEMENTISERS = frozenset({"что", "чтобы", "that", "whether", "if"})


def speaker_name(role: Role) -> str:
    """A person or institution by its own name; a city as the government it stands for, and
    a government as its state ("the government of Azerbaijan denied": Azerbaijan speaks)."""
    if role.kind == "place" or role.name in word_list("state_governments"):
        return role.mention.entity.state or role.name
    return role.name


def eligible(role: Role) -> bool:
    entity = role.mention.entity
    if role.kind not in SPEAKER_KINDS or "media" in entity.flags:
        return False
    return not (role.kind == "place" and (role.as_place or not entity.state))


def after_in(c: Clause, role: Role) -> bool:
    """ "в Минобороны Армении заявили": an institution in the locative speaks."""
    first = role.mention.first
    return first > 0 and c.tokens[first - 1].lower in ("в", "во")


def subject(c: Clause, role: Role) -> bool:
    """Could the mention be the subject? Russian: a nominative form, an office noun before it
    in the nominative ("пресс-служба Кремля"), or the locative of "в X заявили"."""
    first = role.mention.first
    # an institution's first word of known case decides ("вооруженных сил Армении": "сил"
    # is genitive); a person's name by its first word
    words = c.tokens[first : role.mention.last + 1]
    if role.kind == "person" and oblique_surname(words[-1]):
        return False  # "с ... Николом Пашиняном заявил": the instrumental is never the subject
    known = [t for t in words if t.cases not in ("*", "")] if role.kind != "person" else []
    if (known or words)[0].nominative or after_in(c, role) or _conjunct_of_subject(c, role):
        return True
    last = words[-1]
    if role.kind == "person" and len(words) > 1 and last.cases != "*" and last.nominative:
        return True  # "Шушан Степанян": a first name the analyser reads as oblique
    head = c.tokens[first - 1] if first else None
    # "пресс-служба Кремля" speaks; "Сюникской области Армении" is only where
    return (
        head is not None
        and head.pos == "NOUN"
        and head.nominative
        and head.lemma not in word_list("place_head_nouns")
        # "Вице-премьер Армении признал": the unnamed holder speaks, not the state
        and head.lemma not in word_list("title_head_nouns")
        and head.lower not in word_list("title_head_nouns")
    )


def _conjunct_of_subject(c: Clause, role: Role) -> bool:
    """ "в министерствах обороны Армении и Азербайджана заявили": the second institution of a
    pair joined by "и"/"and" speaks when the first does."""
    first = role.mention.first
    if role.kind != "organisation" or first < 2 or c.tokens[first - 1].lower not in ("и", "and"):
        return False
    return any(
        r.mention.last == first - 2 and r.kind == "organisation" and subject(c, r) for r in c.roles
    )


def oblique_surname(t: Token) -> bool:
    """A Russian surname in the instrumental or feminine oblique ("Пашиняном", "Алиевым",
    "Захаровой"), which the analyser often cannot read: no nominative ends so."""
    low = t.lower
    return (
        not low.isascii()
        and t.text[:1].isupper()
        and low.endswith(tuple(word_list("oblique_surname_endings_ru")))
        and "nomn" not in t.cases.split()
    )


def first_person(verb: Token) -> bool:
    """A Russian verb in the first or second person ("приветствуем"): nobody named speaks."""
    return (
        verb.tense in ("pres", "futr")
        and not verb.lower.isascii()
        and verb.lower.endswith(tuple(word_list("first_person_endings_ru")))
    )


def relays_document(c: Clause, v: int) -> bool:
    """ "Кремль опубликовал заявление Путина, Пашиняна и Алиева": whoever publishes a statement
    named for its owners relays it; the owners' words are theirs."""
    nouns = word_list("statement_nouns")
    if c.tokens[v].lemma not in word_list("publish_verbs"):
        return False  # "опроверг заявление Алиева": refuting it is saying something
    for k in range(v, min(c.hi, v + 3)):
        if c.tokens[k].lemma in nouns or c.tokens[k].lower in nouns:
            return any(r.mention.first == k + 1 and r.kind == "person" for r in c.roles)
    return False
