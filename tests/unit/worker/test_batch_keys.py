"""The bulk catch-up's keys worked out once a batch are the plain routing's: the same feed
partitions' shares (`feed_partitions_for`) and, for every projection and partition, the same
keys in the same order (`owned_projection`), corrections included."""

from __future__ import annotations

from collections import defaultdict

from contracts.envelope import Event
from services.projections.registry import PROJECTIONS
from services.worker.routing import BatchKeys, feed_partitions_for, owned_projection
from tests.support.history import synthetic_history


def test_batch_keys_route_and_own_as_the_plain_routing() -> None:
    events = synthetic_history(400)  # every projected kind, corrections included
    for partitions in (1, 3, 8):
        keys = BatchKeys(partitions)
        shares = keys.route(events)
        plain: dict[int, list[Event]] = defaultdict(list)
        for event in events:
            for p in feed_partitions_for(event, partitions):
                plain[p].append(event)
        assert list(shares.items()) == list(plain.items())
        for i, projection in enumerate(PROJECTIONS):
            for p in range(partitions):
                slow = owned_projection(projection, p, partitions)
                fast = keys.projection(slow, i, p)
                assert fast.slot == slow.slot
                for event in events:
                    assert fast.keys_for(event) == slow.keys_for(event)
                    # an event of no batch routed (or of an older batch): the plain way
                    copy = event.model_copy()
                    assert fast.keys_for(copy) == slow.keys_for(copy)
