"""A reception is a meeting: "Путин принял в Кремле премьер-министра Армении Никола Пашиняна",
"Алиев принял вице-премьера России Алексея Оверчука", "Эрдоган примет Пашиняна".

"Принять" with a person as its object: the words between the verb and the person may only be
the person's title and attributes ("своего азербайджанского коллегу", "премьер-министра
Армении") or the place of the reception ("в Кремле"); "принял решение пригласить Пашиняна",
"приняли заявление" receive nobody.
"""

from __future__ import annotations

from .cues import Role
from .lexicon import word_list
from .meeting_principals import words
from .rules import Clause

_REACH = 8  # tokens from the verb to the person received


def receptions(c: Clause) -> list[int]:
    """The reception verbs of the clause that receive a named person."""
    verbs = word_list("reception_verbs")
    return [
        k
        for k in range(c.lo, c.hi)
        if c.tokens[k].lemma in verbs and c.tokens[k].pos == "VERB" and _receives(c, k)
    ] + _passive_receptions(c)


def _passive_receptions(c: Clause) -> list[int]:
    """ "Aliyev and Pashinyan are welcomed by Michel", "Pashinyan was received by Putin": a
    passive reception verb after a form of "be", a person before it and the host after "by"."""
    verbs, be = words("passive_reception_verbs"), words("be_forms")
    inside = [r for r in c.inside() if r.kind == "person"]
    out: list[int] = []
    for k in range(c.lo + 1, c.hi - 1):
        if c.tokens[k].lower not in verbs or c.tokens[k - 1].lower not in be:
            continue
        if c.tokens[k + 1].lower != "by" or not any(r.mention.last < k for r in inside):
            continue
        if any(k + 1 < r.mention.first <= k + 7 for r in inside):
            out.append(k)
    return out


def _receives(c: Clause, at: int) -> bool:
    person = next(
        (r for r in c.inside() if r.kind == "person" and at < r.mention.first <= at + _REACH),
        None,
    )
    if person is None:
        return False
    titles = word_list("reception_titles")
    places = {k for r in c.roles if r.kind in ("place", "organisation") for k in _span(r)}
    named = {k for r in c.roles for k in _span(r)}
    for k in range(at + 1, person.mention.first):
        t = c.tokens[k]
        if k in named or k in places or t.lemma in titles or t.pos in ("ADJ", "DET"):
            continue
        if t.lower in ("в", "во") and k + 1 in places:
            continue  # "принял в Кремле"
        return False
    return True


def _span(r: Role) -> range:
    return range(r.mention.first, r.mention.last + 1)
