"""The two sides seated as states beside a leaders' host: "Azerbaijan, Armenia and the European
Union met in Brussels", "following the trilateral meeting" (Putin, Armenia, Azerbaijan). Beside a
host of the leaders' talks (Michel and Putin at their venues, the hosts of the known formats), a
side's state stands for its leader when the article names exactly one leader of that state: the
guide seats people where the text names them, states only otherwise."""

from __future__ import annotations

from .discourse import Draft
from .gazetteer import canonical_entity
from .lexicon import table, venue_hosts
from .meeting_hosts import formats, people_of_list

SEATED = frozenset({"MeetingHeld", "MeetingAnnounced"})


def _leaders_by_state(named: frozenset[str]) -> dict[str, list[str]]:
    """State -> the leaders (`[meeting_ranks] leaders`) of it the article names."""
    out: dict[str, list[str]] = {}
    for name in table("meeting_ranks")["leaders"]:
        entity = canonical_entity(str(name))
        if entity is not None and entity.kind == "person" and entity.state and name in named:
            out.setdefault(entity.state, []).append(str(name))
    return out


def leaders_for_states(facts: list[Draft], named: frozenset[str]) -> list[Draft]:
    hosts = {h for _, h, rank in venue_hosts() if rank == "leaders"}
    hosts |= {h for _, _, group in formats() for h in group}
    leaders = _leaders_by_state(named)
    for d in facts:
        people = people_of_list(d)
        if d.kind not in SEATED or not any(p in hosts for p in people):
            continue
        swapped = []
        for p in people:
            match = leaders.get(p, [])
            swapped.append(match[0] if len(match) == 1 and match[0] not in people else p)
        d.args["participants"] = swapped
    return facts
