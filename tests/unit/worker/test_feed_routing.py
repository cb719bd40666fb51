"""The feed route asks only the projections whose kinds admit an event: same partitions as
asking every projection (their `keys_for` gives nothing for other types)."""

from __future__ import annotations

from services.projections.registry import CORRECTIONS, PROJECTIONS
from services.worker.routing import feed_partitions_for, owner
from tests.integration.workload import articles
from tests.support.builders import retraction, supersession
from tests.support.history import synthetic_history


def test_routing_by_kinds_gives_the_partitions_of_asking_every_projection() -> None:
    history = synthetic_history(30)
    events = [
        *history,
        retraction(history[0]),
        supersession(history[1], history[2]),
        *(e for a in articles(60, seed=9) for e in a),
    ]
    assert len({e.type for e in events}) >= 8
    for partitions in (1, 4, 8):
        for event in events:
            every = sorted(
                {owner(p.slot, k, partitions) for p in PROJECTIONS for k in p.keys_for(event)}
            )
            if event.type in CORRECTIONS:
                every = list(range(partitions))
            assert feed_partitions_for(event, partitions) == every, event.type
            for p in PROJECTIONS:  # what the shortcut relies on
                if event.type not in p.kinds:
                    assert p.keys_for(event) == [], (p.name, event.type)
