"""Speakers named as a group or as agents: both sides ("стороны заявили", "the two countries
said"), the people a sentence before named ("The parties reaffirmed"), and the agents after "by"
of a passive speech verb ("was welcomed by the EU and the US")."""

from __future__ import annotations

from .cues import Role
from .gazetteer import canonical_entity
from .gazetteer_model import Mention
from .lexicon import role_names, word_list
from .rules import Clause
from .speaker_roles import eligible


def both_sides(c: Clause, v: int) -> bool:
    """ "..., the two countries said", "the countries confirmed", "стороны заявили": both
    sides of the conflict speak."""
    window = " ".join(t.lower for t in c.tokens[max(0, v - 3) : v])
    after = " ".join(t.lower for t in c.tokens[v + 1 : v + 4])
    phrases = word_list("both_sides_subjects") | (word_list("people_sides") if _pair(c) else set())
    return any(window.endswith(p) for p in phrases) or (
        v > 0 and c.tokens[v - 1].text == "," and any(after.startswith(p) for p in phrases)
    )


def each_side(c: Clause, v: int) -> bool:
    """ "Обе стороны сообщили о потерях", "both sides reported casualties": "both" speaks of
    each side apart, each giving its own account (like "accused each other"), in any tense; no
    one statement on the record, unlike "стороны заявили", "the two countries said"."""
    window = {t.lower for t in c.tokens[max(0, v - 3) : v]}
    return bool(window & word_list("distributive_sides"))


def side_roles(c: Clause, v: int) -> list[Role]:
    """Armenia and Azerbaijan as the speakers of the verb at `v`; after a sentence naming two or
    more people, those people (the guide: "the leaders expressed their readiness")."""
    t = c.tokens[v]
    if _pair(c):
        return _pair(c)
    out: list[Role] = []
    for name in sorted(role_names("border_sides")):
        entity = canonical_entity(name)
        if entity is not None:
            out.append(Role(Mention(entity, v, v, t.start, t.end), absorbed=False, as_place=False))
    return out


def _pair(c: Clause) -> list[Role]:  # the 2+ people the last sentence naming any named
    named = [r for r in c.ctx.people.values() if r.name in c.ctx.last_people]
    return named if len(c.ctx.last_people) >= 2 and len(named) == len(c.ctx.last_people) else []


def passive_agents(c: Clause, v: int) -> list[Role]:
    """ "The agreement was welcomed by the EU, the US, as well as Türkiye and Russia": the
    agents after "by" of a passive speech verb speak."""
    toks = c.tokens
    if v < 1 or toks[v - 1].lower not in word_list("passive_auxiliaries"):
        return []
    if v + 1 >= len(toks) or toks[v + 1].lower != "by":
        return []
    # "was reported by the press service of the ministry": the service is the ministry
    joiners = word_list("list_joiners") | word_list("passive_list_words") | word_list("press_of")
    out: list[Role] = []
    edge = v + 1
    for r in sorted(c.roles, key=lambda r: r.mention.first):
        if r.mention.first <= edge:
            continue
        between = toks[edge + 1 : r.mention.first]
        if any(t.lower not in joiners for t in between):
            break
        if eligible(r):
            out.append(r)
        edge = r.mention.last
    # "by the Azerbaijan State Commission": a name right before another names its owner
    return [r for r in out if all(o.mention.first != r.mention.last + 1 for o in out)]
