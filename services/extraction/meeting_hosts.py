"""Who hosts the two sides: Armenia–Azerbaijan talks in Brussels were hosted by the President
of the European Council, in Washington by the Secretary of State, in Moscow and Sochi by the
Russian president (leaders) or foreign minister (ministers); the known summits had their hosts
(Prague: Macron and Michel; Munich: Scholz). When the article names that host anywhere, the
host joins the two sides' meeting at their venue or on the summit's day, as the gold counts it;
an article that never names the host adds no one (`[[venue_host]]`, `[[known_meeting]] hosts`
in lexicon.toml)."""

from __future__ import annotations

import datetime as dt

from .discourse import Draft
from .lexicon import records, table, venue_hosts
from .meeting_folds import people_of, the_two_sides
from .offices import holder_on


def add_venue_hosts(facts: list[Draft], named: frozenset[str]) -> list[Draft]:
    """`named`: every entity the article names (offices resolved to their holder that day)."""
    ranks = table("meeting_ranks")
    pending = [
        (d, host)
        for d in facts
        if d.kind == "MeetingHeld" and the_two_sides(people_of(d))
        for place, host, rank in venue_hosts()
        if d.args.get("place") == place and people_of(d) <= set(ranks.get(rank, ()))
    ] + [
        (d, host)
        for d in facts
        if d.kind == "MeetingHeld" and the_two_sides(people_of(d))
        for host in known_hosts().get(str(d.args.get("date") or ""), ())
    ]
    for d, office in pending:
        day = str(d.args.get("date") or "")
        host = holder_on(office, dt.date.fromisoformat(day)) if len(day) == 10 else office
        if host in named and host not in people_of(d):
            d.args["participants"] = [*people_of_list(d), host]
    return facts


def known_hosts() -> dict[str, tuple[str, ...]]:
    """ISO day of a known summit -> who hosted or mediated it (`[[known_meeting]] hosts`)."""
    return {day: tuple(m.get("hosts", ())) for m in records("known_meeting") for day in m["dates"]}


def people_of_list(d: Draft) -> list[str]:
    value = d.args.get("participants") or []
    return list(value) if isinstance(value, list) else [str(value)]
