"""Peacekeepers deployed or withdrawn in a clause: which force, where, when."""

from __future__ import annotations

from .clause_guards import negated
from .cues import Role
from .discourse import Draft
from .fighting_checks import (
    completes_deployment,
    controls_no_area,
    named_in_passing,
    provided_or_temporary,
    zone_owners,
)
from .gazetteer import canonical_entity
from .lexicon import adjective_states, role_names, table, word_list
from .rules import Clause
from .war_references import place_name


def peacekeepers(c: Clause) -> list[Draft]:
    lex, ctx = c.lex, c.ctx
    forces = [r for r in c.inside() if r.name in role_names("peacekeeping_forces")]
    topic = c.index - ctx.peacekeepers <= 2
    if not forces and not c.has(lex.peacekeepers) and not topic:
        return []
    if _only_attending(c, [r.mention.first for r in forces] + c.at(lex.peacekeepers)):
        return []
    owners = zone_owners(c, c.at(lex.peacekeepers) + [r.mention.first for r in forces])
    if c.has(lex.hypothetical) or c.tense == "futr" or owners:
        return []
    keepers = c.at(lex.peacekeepers) + [r.mention.last for r in forces]
    withdraw = [
        i
        for i in c.at(lex.withdraw)
        if not negated(c, i)
        # "Armenians left Karabakh under the peacekeepers' protection": others leaving
        and (c.tokens[i].lower != "left" or any(0 < i - k <= 4 for k in keepers))
    ]
    captures = c.at(lex.capture)  # "to regain control of": a capture, not troops deployed
    deploy = [
        i
        for i in c.at(lex.deploy)
        if not negated(c, i)
        and not any(0 < i - p <= 2 for p in captures)
        and not named_in_passing(c, i, keepers)
        and not only_located(c, i)
    ]
    escorts = escorting(c)
    deploy = sorted({*deploy, *escorts})
    # "completes deployment", "завершили развертывание": the completion is of a deployment
    withdraw = [i for i in withdraw if not completes_deployment(c, i)]
    moved = deploy[:1]  # a movement, even to a temporary point, has a source
    deploy = [
        i
        for i in deploy
        if i in escorts or (not provided_or_temporary(c, i) and not controls_no_area(c, i))
    ]
    kept = bool(deploy)
    named = bool(forces) or c.has(lex.peacekeepers) or (topic and c.has(lex.units))
    if withdraw and named:
        kind, idx = "PeacekeepersWithdrawn", withdraw[0]
    elif (deploy or moved) and (forces or c.has(lex.peacekeepers)):
        deploy = deploy or moved
        kind, idx = "PeacekeepersDeployed", deploy[0]
    else:
        return []
    force = forces[0].name if forces else None
    if force is None and c.has(lex.peacekeepers):
        # "its 'peacekeeping' contingent": the one peacekeeping force of this conflict, as the
        # gazetteer already reads a bare "миротворцы"
        force = sorted(role_names("peacekeeping_forces"))[0]
    # "колонны азербайджанских военных сопроводили миротворцы": the escorted army is the object
    if kind == "PeacekeepersDeployed" and idx not in escorts and _other_army_moves(c, idx, force):
        return []  # "азербайджанские военные вошли в зону ответственности миротворцев"
    areas = [
        r
        for r in c.inside()
        if (
            r.kind == "place"
            and (r.as_place or r.mention.entity.flags & {"region", "district"})
            and r.mention.entity.state is None  # a capital is where troops fly, not their area
        )
        or r.name in table("state_places")
    ]
    left = _left_area(c, idx, areas) if kind == "PeacekeepersDeployed" else None
    if left is not None:
        kind, areas = "PeacekeepersWithdrawn", [left]
    elif kind == "PeacekeepersDeployed" and not kept:
        return []  # a temporary stay or a provided deployment, with no area left
    area = place_name(areas[0]) if areas else ctx.region
    return [c.draft(kind, {"force": force, "area": area}, "asserted", c.date_near(idx))]


# how far after the escort word its route may begin ("escort for three columns through")
_ROUTE_REACH = 8


def escorting(c: Clause) -> list[int]:
    """ "сопроводили колонны по Лачинскому коридору", "provided escort for columns through the
    Lachin corridor": an escort along a route of the area is the force's task carried out
    there, a deployment; an escort with no route named ("сопровождавшие пограничников") is
    none (the guide)."""
    escorts, routes = word_list("route_escort_words"), word_list("route_prepositions")
    out = []
    for i in range(c.lo, c.hi):
        t = c.tokens[i]
        if (t.lemma not in escorts and t.lower not in escorts) or negated(c, i):
            continue
        after = c.tokens[i + 1 : min(c.hi, i + _ROUTE_REACH + 1)]
        if any(w.lower in routes for w in after):
            out.append(i)
    return out


def only_located(c: Clause, i: int) -> bool:
    """ "Миротворцы находятся на территории Азербайджана", "все, кто в ней находились": being
    somewhere is presence, not taking up positions (the guide: arrived, took up positions,
    patrol, control); "находится под контролем миротворцев" names control and stays."""
    t = c.tokens[i]
    if t.lemma not in word_list("location_verbs") and t.lower not in word_list("location_verbs"):
        return False
    near = c.tokens[i + 1 : min(c.hi, i + 4)]
    return not any(w.lower in word_list("under_control_words") for w in near)


def _left_area(c: Clause, idx: int, areas: list[Role]) -> Role | None:
    """ "peacekeepers arrived from Nagorno-Karabakh at points in Goris", "прибытие миротворцев
    из Карабаха": the source of a movement ("from", "из") is the area the force left, a
    withdrawal from it (the guide's f12c rule), wherever it arrives."""
    sources = ("from", "из")
    for r in areas:
        k = r.mention.first
        if 0 < abs(k - idx) <= 8 and k - 1 >= c.lo and c.tokens[k - 1].lower in sources:
            return r
    return None


def _other_army_moves(c: Clause, idx: int, force: str | None) -> bool:
    """The subject of the movement is another state's army, not the peacekeepers."""
    entity = canonical_entity(force) if force else None
    own = entity.state if entity is not None else None
    before = c.tokens[max(c.lo, idx - 4) : idx]
    states = {adjective_states().get(t.lemma) or adjective_states().get(t.lower) for t in before}
    return any(s is not None and s != own for s in states)


# how far an attribution or mediation phrase reaches to the force it names
_PHRASE_REACH = 10


def _only_attending(c: Clause, mentions: list[int]) -> bool:
    """Every mention of the force stands in a phrase that names it as the source or the
    mediator of what the clause tells ("according to a bulletin on the activities of Russian
    peacekeepers", "при посредничестве российских миротворцев"): the force is no subject of
    the movement, another army or side is (the guide: a broker's force is no deployment)."""
    if not mentions:
        return False
    lex = c.lex
    heads = c.at(lex.attribution) + c.at(lex.mediation)

    def attending(k: int) -> bool:
        return any(
            0 < k - h <= _PHRASE_REACH
            and not any(t.lower in (",", ";", ":", "—") for t in c.tokens[h:k])
            for h in heads
        )

    return all(attending(k) for k in mentions)
