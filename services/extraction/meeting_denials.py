"""Who a denied or declined meeting was between.

The corpus gold lists, for a MeetingDenied, the people of the meeting refused, the refuser
among them: "Pashinyan will not meet Putin and Aliyev" is a meeting of all three denied by
Pashinyan; "Armenia declined the talks with Lavrov and Bayramov" is one of Armenia, Lavrov and
Bayramov. A spokesperson who says no meeting is planned takes no part in it, nor does a third
state or body that tells of it.
"""

from __future__ import annotations

from .discourse import Draft
from .gazetteer import canonical_entity, state_named
from .lexicon import role_names
from .meeting_folds import people_of


def _party_of(name: str) -> str | None:
    """A refuser as a participant: a person who is no spokesperson, or the state of an
    institution or a state refusing."""
    entity = canonical_entity(name)
    if entity is None:
        return None
    if entity.kind == "person":
        return None if "spokes" in entity.flags else entity.name
    # a side refusing sits at the table; a third state or body saying there will be no
    # meeting ("an EU official said") tells of it
    state = state_named(name)
    return state if state in role_names("border_sides") else None


def represented(party: str, people: frozenset[str]) -> bool:
    """The party is at the table, or its state is, or (a state) one of its people is."""
    entity = canonical_entity(party)
    if party in people or entity is None:
        return party in people
    states = {
        (e.state if e.kind == "person" else e.name)
        for e in (canonical_entity(p) for p in people)
        if e is not None
    }
    return (entity.state if entity.kind == "person" else entity.name) in states


def complete_denials(facts: list[Draft]) -> list[Draft]:
    """Each denial with its refuser at the table; a denial that becomes another's twin goes."""
    out: list[Draft] = []
    seen: set[tuple[frozenset[str], str]] = set()
    for d in facts:
        if d.kind != "MeetingDenied":
            out.append(d)
            continue
        people = people_of(d)
        deniers = d.args.get("denied_by") or []
        for who in deniers if isinstance(deniers, list) else [deniers]:
            party = _party_of(str(who))
            if party and not represented(party, people):
                d.args["participants"] = [party, *people_of_list(d)]
                people = people_of(d)
        key = (people, str(d.args.get("denied_by")))
        if key not in seen:
            seen.add(key)
            out.append(d)
    return _fold_partial_denials(out)


def _fold_partial_denials(facts: list[Draft]) -> list[Draft]:
    """One refusal told twice, once with fewer people ("отказ главы МИД Армении приехать на
    встречу" beside the trilateral meeting he declined), is one fact: the fuller one."""
    out: list[Draft] = []
    for d in facts:
        larger = [
            o
            for o in facts
            if o is not d
            and d.kind == o.kind == "MeetingDenied"
            and d.args.get("denied_by") == o.args.get("denied_by")
            and people_of(d) < people_of(o)
        ]
        if not larger:
            out.append(d)
            continue
        target = max(larger, key=lambda o: len(people_of(o)))
        target.spans.extend(s for s in d.spans if s not in target.spans)
    return out


def people_of_list(d: Draft) -> list[str]:
    value = d.args.get("participants") or []
    return [str(p) for p in value] if isinstance(value, list) else [str(value)]
