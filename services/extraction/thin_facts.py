"""Facts too thin to store: a kind whose predictions, lacking a given argument, were almost
never right on the real-news dev split (`[required_arguments]` in lexicon.toml says which).

A plan that names no venue, after every other mention of the meeting lent it theirs, is talk of
meeting (right 1 time in 8); a territory that changed hands with nobody taking it was right
0 times in 7. Dropping them runs before the speakers of dropped plans are judged, so who spoke
of a vague meeting still made a statement.
"""

from __future__ import annotations

from .discourse import Draft
from .lexicon import table


def drop_thin_facts(facts: list[Draft]) -> list[Draft]:
    required = table("required_arguments")
    return [d for d in facts if all(d.args.get(str(name)) for name in required.get(d.kind, ()))]


def fold_region_episodes(facts: list[Draft]) -> list[Draft]:
    """Fighting reported in a region and, on the same day, at a place in it ("shelling in
    Nagorno-Karabakh", "missiles hit Stepanakert") is one episode: the guide keeps one fact per
    episode, the most specific place first, so the region's fact folds into the place's (evt4).
    Places outside the region (Ganja beside Stepanakert) stay episodes of their own."""
    within = table("region_places")
    days = {
        (str(d.args.get("date")), str(d.args.get("location")))
        for d in facts
        if d.kind == "HostilitiesReported"
    }

    def folded(d: Draft) -> bool:
        region, date = d.args.get("location"), d.args.get("date")
        if d.kind != "HostilitiesReported" or not isinstance(date, str) or len(date) != 10:
            return False
        places = within.get(str(region), ())
        return any((date, str(p)) in days for p in places)

    return [d for d in facts if not folded(d)]
