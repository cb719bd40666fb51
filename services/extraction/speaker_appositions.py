"""Appositions around a speaker: "Ahmad Shahidov, the head of ..., told", "Iran's Foreign
Minister, Hossein Amirabdollahian, said", "Anna Grigorian, an MP, also says", "Хикмет Гаджиев,
помощник президента Азербайджана, заявил"."""

from __future__ import annotations

from .cues import Role
from .lexicon import word_list
from .rules import Clause
from .speaker_roles import eligible, subject
from .text import Token

_ASIDE_MARKS = (",", "—", "–")  # an aside is set off by a pair of commas or of dashes


def appositive_subject(c: Clause, v: int) -> Role | None:
    """ "Ahmad Shahidov, the head of ..., told": the name before the appositive speaks."""
    verb, v = v, _before_adverbs(c, v)  # "X, an MP, also says", "X, the ..., has confirmed"
    russian = not c.tokens[
        verb
    ].lower.isascii()  # "X, помощник президента, заявил": any speech verb
    if (
        v < 2
        or c.tokens[v - 1].text not in _ASIDE_MARKS
        or (not russian and c.tokens[verb].lemma not in word_list("appositive_verbs"))
    ):
        return None
    mark = c.tokens[v - 1].text
    # the aside opens with the mark that closes it: "X, an MP, said", "X — the envoy — said"
    opening = next((k for k in range(v - 2, max(-1, v - 20), -1) if c.tokens[k].text == mark), None)
    if opening is None:
        return None
    first = c.tokens[opening + 1].text
    titles = {w.lower() for w in word_list("en_titles")}
    titled = any(t.lower in titles for t in c.tokens[opening + 1 : v - 1])
    if not (first[:1].islower() or first.lower() in ("the", "a", "an", "who") or titled):
        return None  # "Armenia, Azerbaijan, said": a list; "X, Azerbaijan's spokesman, said" is not
    before = [r for r in c.roles if r.mention.last == opening - 1 and eligible(r)]
    if not before:
        return None
    if before[0].kind != "person" and not _body_subject(c, before[0], opening, verb):
        return None  # "Armenia, a CSTO member, appealed": a state or a body speaks as a person does
    inside = c.tokens[opening + 1 : v - 1]
    if russian and (not inside[0].nominative or any(t.pos in ("VERB", "CCONJ") for t in inside)):
        # "встретился с Пашиняном, премьером Армении, сообщил Кремль": an object; "X и Y, а
        # также Z проводят встречу, рассказал ...": a clause, not an apposition
        return None
    return before[0]


def _body_subject(c: Clause, who: Role, opening: int, verb: int) -> bool:
    """A state or a body before an apposition is the subject of the finite verb after it,
    unless a preposition governs it, or a person inside is the one named ("fired by the armed
    forces, the ministry's spokesperson X told ..., adding": X speaks, the forces do not)."""
    if c.tokens[verb].lower.isascii() and c.tokens[verb].lower.endswith("ing"):
        return False  # "..., adding": a participle hangs on the clause before, not on the aside
    if any(r.kind == "person" and opening < r.mention.first < verb for r in c.roles):
        return False
    k = who.mention.first - 1
    if k >= 0 and c.tokens[k].lower == "the":
        k -= 1
    if k >= 0 and (
        c.tokens[k].pos == "ADP" or c.tokens[k].lower in word_list("oblique_prepositions_en")
    ):
        return False
    return subject(c, who)


def _before_adverbs(c: Clause, v: int) -> int:
    """The position before "also", "has", "later" standing right before an English verb."""
    words = word_list("pre_verb_words_en")
    while v > 0 and c.tokens[v - 1].lower in words:
        v -= 1
    return v


def name_between_commas(c: Clause, v: int) -> Role | None:
    """ "Iran's Foreign Minister, Hossein Amirabdollahian, said": the name set off by commas
    right before the verb is its subject."""
    verb, v = v, _before_adverbs(c, v)
    if (
        v < 4
        or c.tokens[v - 1].text != ","
        or c.tokens[verb].lemma not in word_list("appositive_verbs")
    ):
        return None
    named = [r for r in c.roles if r.kind == "person" and r.mention.last == v - 2 and eligible(r)]
    if not named:
        return None
    first = named[0].mention.first
    if first > 1 and c.tokens[first - 1].text[:1].isupper():
        first -= 1  # "Hossein Amirabdollahian": a first name the surname alone was known by
    titles = {w.lower() for w in word_list("en_titles")}
    while first > 1 and first > named[0].mention.first - 5 and c.tokens[first - 1].lower in titles:
        first -= 1  # ", Major General Vusal Sultanov, reported": a rank before the name
    return named[0] if first > 0 and c.tokens[first - 1].text == "," else None


def comma_participle(toks: tuple[Token, ...], v: int) -> bool:
    """ "..., saying", "..., blaming": an English -ing form right after a comma, whose subject
    is the sentence's (participle_subject), never a name after it (its object)."""
    t = toks[v]
    return v > 0 and toks[v - 1].text == "," and t.lower.isascii() and t.lower.endswith("ing")


def participle_subject(c: Clause, v: int) -> Role | None:
    """ "Moscow has been critical of the plan, saying that ...", "Turkey supported Baku and
    demanded ...": an English participle after a comma, or a verb joined by "and", speaks for
    the subject opening the sentence."""
    toks = c.tokens
    participle = toks[v - 1].text == "," and toks[v].lower.endswith("ing") if v >= 2 else False
    # "Turkey has supported Baku's right ... and demanded": a second verb shares the subject
    coordinated = v >= 2 and toks[v - 1].lower == "and" and toks[v].tense == "past"
    if not (participle or coordinated):
        return None
    if not toks[v].lower.isascii():
        return None
    opening = [r for r in c.roles if r.mention.first <= 3 and r.mention.last < v and eligible(r)]
    if not opening:
        return None
    who = min(opening, key=lambda r: r.mention.first)
    if toks[who.mention.last].lower.endswith(("'s", "’s")):
        return None  # "Azerbaijan's army shelled ..., saying": the possessive is no subject
    nxt = toks[who.mention.last + 1] if who.mention.last + 1 < v else None
    if nxt is None or nxt.text in (",", "and") or nxt.pos == "PUNCT":
        return None  # "Armenia, Azerbaijan ...": a list or a fronted phrase
    return who
