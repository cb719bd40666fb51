"""One meeting told with fewer people: "Aliyev and Pashinyan met in Brussels" and, on the same
day, "Michel hosted Aliyev and Pashinyan" are one trilateral meeting, as the corpus gold
counts it. A meeting whose participants are a subset of another's on the same day, at the
same place or none, folds into the larger one when it is the two sides' pair (a host's
separate talks with each side stay their own)."""

from __future__ import annotations

from .discourse import Draft
from .gazetteer import canonical_entity
from .lexicon import role_names

FOLDED = ("MeetingHeld", "MeetingAnnounced")


def people_of(d: Draft) -> frozenset[str]:
    value = d.args.get("participants") or []
    return frozenset(value if isinstance(value, list) else [value])


def the_two_sides(people: frozenset[str]) -> bool:
    """The two sides' people (one each), whom mediators join; a host's separate talks with
    each side are meetings of their own."""
    sides = role_names("border_sides")
    states = []
    for name in people:
        entity = canonical_entity(name)
        states.append(name if name in sides else (entity.state if entity else None))
    return len(people) == 2 and set(states) == set(sides)


def _same_occasion(small: Draft, large: Draft) -> bool:
    day_a, day_b = small.args.get("date"), large.args.get("date")
    if not (isinstance(day_a, str) and day_a == day_b and len(day_a) == 10):
        return False
    place_a, place_b = small.args.get("place"), large.args.get("place")
    return place_a is None or place_b is None or place_a == place_b


def _states_of(people: frozenset[str]) -> frozenset[str] | None:
    """The states of people who are all persons of known states, else None."""
    states = set()
    for name in people:
        entity = canonical_entity(name)
        if entity is None or entity.kind != "person" or not entity.state:
            return None
        states.add(entity.state)
    return frozenset(states)


def _all_states(people: frozenset[str]) -> bool:
    return all((e := canonical_entity(n)) is not None and e.kind == "state" for n in people)


def fold_states_into_people(facts: list[Draft]) -> list[Draft]:
    """ "The working group of Azerbaijan, Armenia and Russia met on June 2" and "it was
    co-chaired by Mustafayev, Grigoryan and Overchuk" are one meeting: a meeting of states
    only, on the day and at the place of a meeting of one person of each, is that meeting."""
    out: list[Draft] = []
    for d in facts:
        people = people_of(d)
        twin = next(
            (
                o
                for o in facts
                if o is not d
                and d.kind in FOLDED
                and o.kind == d.kind
                and len(people) >= 2
                and _all_states(people)
                and len(people_of(o)) == len(people)
                and _states_of(people_of(o)) == people
                and _same_occasion(d, o)
            ),
            None,
        )
        if twin is None:
            out.append(d)
            continue
        twin.spans.extend(s for s in d.spans if s not in twin.spans)
        if not twin.args.get("place") and d.args.get("place"):
            twin.args["place"] = d.args["place"]
    return out


def fold_partial_meetings(facts: list[Draft]) -> list[Draft]:
    facts = fold_states_into_people(facts)
    out: list[Draft] = []
    for d in facts:
        if d.kind not in FOLDED:
            out.append(d)
            continue
        larger = [
            o
            for o in facts
            if o is not d
            and o.kind == d.kind
            and the_two_sides(people_of(d))
            and people_of(d) < people_of(o)
            and _same_occasion(d, o)
        ]
        if not larger:
            out.append(d)
            continue
        target = max(larger, key=lambda o: len(people_of(o)))
        target.spans.extend(s for s in d.spans if s not in target.spans)
        if not target.args.get("place") and d.args.get("place"):
            target.args["place"] = d.args["place"]
    return out
