"""Clauses set off by commas between a speaker and the verb: a gerund ("Захарова, отвечая на
вопрос ..., отметила", "Hajiyev, commenting on ..., said"), a participle ("Командование
миротворцев, дислоцированных в Карабахе, сообщило") or a relative clause ("The ministry,
which oversees ..., said")."""

from __future__ import annotations

from .cues import Role
from .lexicon import word_list
from .rules import Clause
from .speaker_roles import COMPLEMENTISERS, eligible, subject
from .text import Token


def gerund_aside_subject(c: Clause, v: int) -> Role | None:
    """ "Захарова на брифинге, отвечая на вопрос ..., отметила", "Hajiyev, commenting on
    ..., said": a gerund clause between commas stands between the speaker and the verb; so
    does a participial or relative clause ("Командование миротворцев, дислоцированных в
    Карабахе, сообщило", "The ministry, which oversees ..., said")."""
    toks = c.tokens
    if v < 3 or toks[v - 1].text != ",":
        return None
    opening = next((k for k in range(v - 2, max(-1, v - 30), -1) if toks[k].text == ","), None)
    if opening is None or opening + 1 >= v:
        return None
    head = toks[opening + 1]
    if not (_gerund(head) or _participle(head) or head.lemma in word_list("aside_relatives")):
        return None
    people = [
        r
        for r in c.roles
        if r.kind in ("person", "organisation", "state", "force")
        and eligible(r)
        and not r.absorbed
        and 0 < opening - r.mention.last <= 5
    ]
    if not people:
        return None
    who = people[-1]
    between = toks[who.mention.last + 1 : opening]
    if any(t.pos in ("VERB", "PUNCT") or t.lower in COMPLEMENTISERS for t in between):
        return None
    return who if subject(c, who) else None


def _participle(t: Token) -> bool:
    """ "дислоцированных", "отвечающее", "находящийся": a Russian participle, known by its
    suffix before an adjective ending (the analyser tags it as an adjective or a verb)."""
    low = t.lower.removesuffix("ся")
    if low.isascii():
        return False
    suffixes = tuple(word_list("ru_participle_suffixes"))
    return any(
        low.endswith(e) and low[: -len(e)].endswith(suffixes)
        for e in word_list("ru_adjective_endings")
    )


def _gerund(t: Token) -> bool:
    """ "отвечая", "комментируя", "заявив"; "commenting": the analyser tags Russian gerunds
    as verbs, so their endings decide."""
    if t.lower.isascii():
        return t.lower.endswith("ing")
    low = t.lower
    ru = (low.endswith("я") and not low.endswith("ся")) or low.endswith(("ав", "ив", "ев", "ыв"))
    # a reflexive gerund keeps "-сь" ("оставаясь", "ссылаясь", "держась", "оказавшись"); a
    # past form in "-лась" or a present in "-ся" is a finite verb
    ru = ru or low.endswith(("ясь", "жась", "шась", "чась", "щась", "вшись"))
    return t.pos in ("VERB", "GRND") and ru
