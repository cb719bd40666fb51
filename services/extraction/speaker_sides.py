"""Speakers named as a group or as agents: both sides ("стороны заявили", "the two countries
said"), the people a sentence before named ("The parties reaffirmed"), the agents after "by"
of a passive speech verb ("was welcomed by the EU and the US"), and people listed as one subject.

The guide: "X, Y and Z welcomed the agreement" gives each a StatementMade. So does the list
after a verb that comes first ("Об этом сообщили вице-премьер Азербайджана Шахин Мустафаев и
премьер Армении Никол Пашинян", "..., said Emmanuel Macron and Olaf Scholz"). Between two
names of a list stand only joiners, titles and the states of the titles."""

from __future__ import annotations

from .cues import Role
from .gazetteer import canonical_entity
from .gazetteer_model import Mention
from .lexicon import role_names, word_list
from .rules import Clause
from .speaker_initials import dotted_abbreviation
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
    """ "Обе стороны сообщили о потерях", "both sides reported casualties": "both" with a verb
    of reporting speaks of each side apart, each giving its own account (like "accused each
    other"), in any tense; "both sides said they were ready" is one position stated."""
    window = {t.lower for t in c.tokens[max(0, v - 3) : v]}
    reporting = c.tokens[v].lemma in word_list("own_account_verbs")
    return reporting and bool(window & word_list("distributive_sides"))


def side_roles(c: Clause, v: int) -> list[Role]:
    """Armenia and Azerbaijan as the speakers of the verb at `v`; after a sentence naming two or
    more people, those of them who stand for a side (the guide: "the leaders expressed their
    readiness"; a mediator is no party)."""
    t = c.tokens[v]
    if people := _pair(c):
        # a mediator named with the sides (a person of a third state) is no party
        sides = role_names("border_sides")
        return [r for r in people if r.mention.entity.state in sides]
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


def co_speakers(c: Clause, who: Role, v: int) -> list[Role]:
    """The other people of the list `who` (a person) stands in, on its side of the verb."""
    if who.kind != "person":
        return []
    people = sorted(
        (r for r in c.roles if r.kind == "person" and not r.absorbed),
        key=lambda r: r.mention.first,
    )
    filler = _filler_tokens(c)
    ahead = who.mention.first > v  # after the verb the list runs on; before it, back
    side = [
        r
        for r in people
        if (r.mention.first > who.mention.last if ahead else r.mention.last < who.mention.first)
        and (r.mention.first > v) == ahead
    ]
    out: list[Role] = []
    edge = who
    for r in side if ahead else reversed(side):
        lo, hi = (
            (edge.mention.last + 1, r.mention.first)
            if ahead
            else (r.mention.last + 1, edge.mention.first)
        )
        link = [c.tokens[k].lower for k in range(lo, hi)]
        if (
            not link
            or link[0] not in word_list("list_joiners")
            or any(k not in filler for k in range(lo, hi))
        ):
            break
        # "A, B and C said": "and" joins C, next to the verb, to B, commas the rest;
        # "said A, B and C": commas, then "and" before the last name
        conjoined = bool(set(link) & word_list("list_conjunctions"))
        if not ahead and conjoined != (not out):
            break
        out.append(r)
        edge = r
        if ahead and conjoined:
            return [] if _own_verb(c, r.mention.last + 1) else out
    return [] if ahead or not out else out if _opens_clause(c, out[-1], filler) else []


def _opens_clause(c: Clause, first: Role, filler: set[int]) -> bool:
    """ "Пашинян и Алиев заявили": the list before the verb opens the sentence (behind its
    titles); inside a sentence it may be an object ("talks with Putin and Aliyev") or the
    subject of a clause reported by another speaker ("как добавил Песков, Пашинян и Алиев
    озвучили")."""
    k = first.mention.first - 1
    while k >= 0 and (
        (k in filler and c.tokens[k].pos != "PUNCT")
        or dotted_abbreviation(c.tokens, k)
        or (c.tokens[k + 1].text == "." and dotted_abbreviation(c.tokens, k + 1))
    ):
        k -= 1  # "U.S. Secretary of State A, ... and B express": the initials are a title's
    return k < 0


def _own_verb(c: Clause, k: int) -> bool:
    """ "как добавил Песков, Пашинян и Алиев озвучили готовность": a list with a verb of its
    own after it is that verb's subject, not the earlier verb's."""
    for t in c.tokens[k:]:
        if t.pos == "PUNCT":
            return False
        if t.pos == "VERB":
            return True
    return False


def _filler_tokens(c: Clause) -> set[int]:
    """Joiners, title words and the states named in titles ("канцлер Германии")."""
    words = word_list("list_joiners") | {"the"}
    titles = {w.lower() for w in word_list("en_titles") | word_list("reception_titles")}
    out = {k for k, t in enumerate(c.tokens) if t.lower in words or t.lower in titles}
    for r in c.roles:
        if r.kind == "state" or r.absorbed:
            out |= set(range(r.mention.first, r.mention.last + 1))
    return out


def reported_sides(c: Clause, v: int, quoted: set[int], verbs: list[int]) -> bool:
    """ "“The parties noted the progress,” the ministries said", "The parties said that ...,
    the Armenian MFA added": a group subject inside someone else's report is what that
    speaker reports (the guide: a joint statement's voice is a document, not a speaker);
    the report's own speaker speaks, the group does not."""
    if v in quoted:
        return True
    toks = c.tokens
    breaks = {",", "”", "»", '"', "—", "-"}
    last = max(verbs, default=-1)  # the tail's verb closes the sentence's reporting
    for r in c.roles:
        if not eligible(r) or r.mention.first <= v + 1:
            continue
        k = r.mention.first - 1
        if toks[k].lower in ("the", "в", "во"):
            k -= 1  # ", the Armenian MFA added", "— сообщили в МИД Армении"
        # ", the Armenian MFA added": the tail's subject before its verb, after a break
        if toks[k].text in breaks and r.mention.last + 1 == last:
            return True
        # ", added the Armenian MFA": the tail's verb right after the break, then its subject
        if k == last and k > v + 1 and toks[k - 1].text in breaks:
            return True
    return False
