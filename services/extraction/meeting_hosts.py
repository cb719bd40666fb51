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
from .gazetteer import canonical_entity
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
        # a plan for the known summit's day has its host too ("the leaders would review ...
        # during the November 26 summit")
        if d.kind in ("MeetingHeld", "MeetingAnnounced") and the_two_sides(people_of(d))
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


PLANNED_KINDS = frozenset({"MeetingAnnounced", "MeetingDenied", "MeetingCancelled"})


def formats() -> list[tuple[frozenset[str], frozenset[str], frozenset[str]]]:
    """Known meetings with several hosts (a format: Prague 2022, Chișinău and Granada 2023):
    (days, venue and its country, hosts)."""
    out = []
    for m in records("known_meeting"):
        hosts = frozenset(m.get("hosts", ()))
        if len(hosts) < 2:
            continue
        place = canonical_entity(str(m["place"]))
        venues = {str(m["place"])} | ({place.country} if place and place.country else set())
        out.append((frozenset(m["dates"]), frozenset(venues), hosts))
    return out


def _present(host: str, named: frozenset[str]) -> str | None:
    """The host as the article names them: the person, else their state or bloc (the guide:
    people where the text names them, otherwise states)."""
    if host in named:
        return host
    entity = canonical_entity(host)
    return entity.state if entity and entity.state in named else None


def add_format_hosts(facts: list[Draft], named: frozenset[str]) -> list[Draft]:
    """A plan, refusal or cancellation of the two leaders' meeting in a known format seats the
    format's hosts as the article names them, as the gold does ("Aliyev will not go to
    Granada": the five-party meeting). The format is the plan's day or venue ("in Spain"
    counts); with no venue, else the largest format whose hosts the article names all."""
    known = formats()
    for d in facts:
        if d.kind not in PLANNED_KINDS or not the_two_sides(people_of(d)):
            continue
        day, place = str(d.args.get("date") or ""), d.args.get("place")
        found = [h for days, venues, h in known if day in days or place in venues]
        if not found and place is None:
            found = [h for _, _, h in known if all(_present(x, named) for x in h)]
        largest = max(found, key=len, default=frozenset())
        if not all(h <= largest for h in found):
            continue  # two different formats fit: nobody is added
        seated = [_present(h, named) for h in sorted(largest)]
        if d.claimed_by and not all(seated) and set(d.claimed_by) & set(seated):
            continue  # "Michel: the meeting of the two leaders ...": the teller tells, no format
        added = [p for p in seated if p and p not in people_of(d)]
        d.args["participants"] = [*people_of_list(d), *added]
    return facts
