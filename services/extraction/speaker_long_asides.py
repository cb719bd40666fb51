"""A person named before a long or unclosed apposition: "Josep Borrell, EU High Representative
for Foreign Affairs and Security Policy said", "Luc Devigne—Director for Russia, Eastern
Partnership, ... at the EEAS—had reported", "Арарат Мирзоян — министр ..., глава делегации ... —
заявил".

The apposition gives the person's office; its words name states and bodies that govern nothing.
So the person before it is the subject of the speech verb after it, whatever the apposition's
length, with commas inside it, or (in English) with its closing comma left out.
"""

from __future__ import annotations

from .cues import Role
from .lexicon import word_list
from .rules import Clause
from .speaker_roles import COMPLEMENTISERS, QUOTES, eligible, subject

_MARKS = (",", "—", "–")
_PRONOUNS = frozenset({"they", "we", "he", "she", "it", "i", "они", "мы", "он", "она"})
_JOINERS = frozenset({"and", "or", "и", "или"})
_TITLED = frozenset({"US", "U.S.", "EU", "UN"})  # a body's abbreviation before a title
_REACH = 40  # tokens between the person and the verb: an office with a department and a body


def long_aside_subject(c: Clause, v: int) -> Role | None:
    """The person before an apposition that runs up to the speech verb at `v`."""
    toks = c.tokens
    verb = v
    while v > 0 and toks[v - 1].lower in word_list("pre_verb_words_en"):
        v -= 1  # "—had reported", "... Policy has said"
    russian = not toks[verb].lower.isascii()
    if not russian and toks[verb].lemma not in word_list("appositive_verbs"):
        return None
    people = [
        r
        for r in c.roles
        if r.kind == "person" and r.mention.last + 2 < v and v - r.mention.last <= _REACH
    ]
    if not people:
        return None
    who = people[0] if len(people) == 1 else _first_outside(c, people)
    if who is None or not eligible(who) or _after_preposition(c, who):
        return None  # "a meeting with Secretary Blinken, the ministry said": an object
    k = who.mention.last + 1
    mark = toks[k].text
    if mark not in _MARKS:
        return None
    closed = toks[v - 1].text == mark
    if russian and not closed:
        return None  # Russian always closes the apposition
    inside = toks[k + 1 : v - 1 if closed else v]
    if not inside or not any(_office(t, russian) for t in inside[:3]):
        return None
    if inside[0].pos == "PRON" or inside[0].lower in _PRONOUNS:
        return None  # "with the President of Russia, they confirmed": a new clause's subject
    if any(
        t.pos in ("VERB", "AUX")
        or t.text in QUOTES
        or t.text in (";", ":")
        or t.lower in COMPLEMENTISERS
        for t in inside
    ):
        return None  # a clause, not an apposition
    if any(r.kind == "person" and _listed(c, r) for r in c.roles if k < r.mention.first < v):
        return None  # "Macron, Olaf Scholz and Charles Michel welcomed": a list of people
    if mark == "," and not closed and not russian and any(t.text == "," for t in inside):
        return None  # "X, Y, Z and W said": a list, not an office
    return who if subject(c, who) else None


def _after_preposition(c: Clause, who: Role) -> bool:
    """The person's mention (with its title) follows a preposition that governs it."""
    k = who.mention.first - 1
    titles = word_list("en_titles")
    while k >= 0 and (
        c.tokens[k].lower in ("the", "a", "of") or c.tokens[k].text in _TITLED | titles
    ):
        k -= 1
    return k >= 0 and c.tokens[k].lower in word_list("oblique_prepositions_en")


def _listed(c: Clause, r: Role) -> bool:
    """A person right after a comma or a conjunction: the next item of a list."""
    k = r.mention.first - 1
    head = c.tokens[r.mention.first].text
    named = head[:1].isupper() and head not in word_list("en_titles")  # not "министр ..."
    return named and k >= 0 and (c.tokens[k].text in _MARKS or c.tokens[k].lower in _JOINERS)


def _first_outside(c: Clause, people: list[Role]) -> Role | None:
    """The person whose apposition holds the others ("assistant to the President"): the first,
    when each later one stands inside its apposition (after the mark that opens it)."""
    first = people[0]
    k = first.mention.last + 1
    return first if k < len(c.tokens) and c.tokens[k].text in _MARKS else None


def _office(t: object, russian: bool) -> bool:
    """An apposition opens with an office (within its first words, after an "EU" or a state's
    adjective): a title, an article or a lower-case noun."""
    text = getattr(t, "text", "")
    if russian:
        return bool(getattr(t, "nominative", False)) and text[:1].islower()
    titles = {w.lower() for w in word_list("en_titles")}
    return text[:1].islower() or text.lower() in titles or text.lower() in ("the", "a", "an")
