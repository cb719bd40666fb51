"""A speech verb right after "and"/"и" has no subject of its own: it shares the subject of the
first predicate ("The ministry condemns the attack by the armed forces and states that ...",
"APA said ..., and said that ..."), never a name standing between as an object."""

from __future__ import annotations

from .cues import Role
from .lexicon import word_list
from .rules import Clause
from .speaker_roles import eligible, subject


def conjunct_verb(c: Clause, v: int) -> bool:
    """Is the verb at `v` a second predicate: "… and states", "…, and said", "… и заявил"?"""
    toks = c.tokens
    if v == 0 or toks[v - 1].lower not in ("and", "и"):
        return False
    return toks[v].lower.isascii() or (v < 2 or toks[v - 2].text != ",")


def shared_subject(c: Clause, v: int) -> Role | None:
    """The subject of the first predicate: the clause's first name that is no oblique and no
    mere place; a news outlet there speaks for nobody, so nobody is returned."""
    obliques = word_list("oblique_prepositions_en")
    for r in sorted(c.roles, key=lambda r: r.mention.first):
        if r.mention.first >= v:
            return None
        k = r.mention.first - 1
        if k >= 0 and c.tokens[k].lower == "the":
            k -= 1
        if k >= 0 and (c.tokens[k].lower in obliques or c.tokens[k].lower in ("in", "during")):
            continue  # "During the meeting with Putin, ...": an oblique
        if r.kind == "place" and (r.as_place or not r.mention.entity.state):
            continue
        if "media" in r.mention.entity.flags:
            return None  # "APA said ... and said": the outlet relays
        opening = [t.text for t in c.tokens[: r.mention.first]]
        if "," in opening:
            opening = opening[len(opening) - opening[::-1].index(",") :]
        if any(w.lower() != "the" and not w[:1].isupper() for w in opening):
            return None  # "The ministry condemned Azerbaijan and said": the subject is unnamed
        return r if eligible(r) and subject(c, r) else None
    return None
