"""faust's fetch loop with one task per fetch instead of four per record (issue 13 item 4).

faust's `Consumer._drain_messages` hands each fetched record to the streams through
`wait_first(callback(record), suspend_flow.wait())`: four tasks and an `asyncio.wait` per
record, and each offset gap (every transaction's commit marker leaves one in the feed)
re-sorted into an interval tree (`merge_overlaps`, O(gaps) per gap). With py-spy (`--gil`)
at 1k events/s those two were ~15% of the worker's held GIL. This is the same loop, record
for record in the same order with the same read offsets, gaps, commits and callbacks; only
the waiting is per fetch: a fetch's records are handed over in one task, raced once against
a suspended flow (a rebalance), a stop or a crash. As in faust, a record whose hand-over a
suspension interrupts still moves the read offset, and the fetch's later records are
dropped (faust's `getmany` stops at once when the flow is stopped) to be fetched again.
Gaps are only ever added above the last read offset, so they never overlap: no merge.

The feed's records can skip faust's per-record path altogether (`Batches`, set on the app
by agents.py): a fetch's records of such a topic are tracked as faust's conductor tracks
them, collected instead of handed to the conductor, given to the topic's batch handler in
one call once the fetch is handed over (not raced against a suspension, so a rebalance's
`wait_empty` waits for them), and acked only after it returns, i.e. after their Redis
commit: the offsets faust commits are those of records whose effects are durable, as with
the agent (issue 13 item 4: no conductor, `Event`, stream or `take_events` per record).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from faust.transport.consumer import CONSUMER_FETCHING

# topic -> handler of a fetch's records of that topic, in fetch order (faust messages)
Batches = Mapping[str, Callable[[list[Any]], Awaitable[None]]]


async def drain_messages(consumer: Any, fetcher: Any) -> None:
    """`Consumer._drain_messages` of faust 0.x, waiting per fetch (see the module doc)."""
    callback = consumer.callback
    getmany = consumer.getmany
    consumer_should_stop = consumer._stopped.is_set
    fetcher_should_stop = fetcher._stopped.is_set
    get_read_offset = consumer._read_offset.__getitem__
    set_read_offset = consumer._read_offset.__setitem__
    set_flag, unset_flag = consumer.diag.set_flag, consumer.diag.unset_flag
    commit_every = consumer._commit_every
    acks_enabled_for = consumer.app.topics.acks_enabled_for
    batches: Batches = getattr(consumer.app, "feed_batches", None) or {}
    track = consumer.track_message if batches else None
    yield_every = 100
    since_yield = 0

    async def hand_over(ait: Any, current: list[Any], taken: list[Any]) -> None:
        nonlocal since_yield
        async for tp, message in ait:
            since_yield += 1
            if since_yield > yield_every:
                await asyncio.sleep(0)
                since_yield = 0
            offset = message.offset
            r_offset = get_read_offset(tp)
            if r_offset is None or offset >= r_offset:
                gap = offset - (r_offset or 0)
                if gap > 1 and r_offset and acks_enabled_for(message.topic):
                    add_gap(consumer, tp, r_offset + 1, offset)
                if commit_every is not None and consumer._n_acked >= commit_every:
                    consumer._n_acked = 0
                    await consumer.commit()
                if track is not None and message.topic in batches:
                    track(message)  # as the conductor does: a rebalance waits for its ack
                    taken.append(message)
                else:
                    current[:] = [tp, offset]
                    await callback(message)
                    current.clear()
                set_read_offset(tp, offset)
            else:
                consumer.log.dev("DROPPED MESSAGE ROFF %r", offset)

    try:
        while not (consumer_should_stop() or fetcher_should_stop()):
            set_flag(CONSUMER_FETCHING)
            ait = getmany(timeout=1.0)
            await consumer.sleep(0)  # as faust: getmany may loop without yielding
            if not consumer.should_stop:
                current: list[Any] = []
                taken: list[Any] = []
                await consumer.wait_first(
                    hand_over(ait, current, taken), consumer.suspend_flow.wait()
                )
                if current:  # interrupted mid-record: faust moves its read offset too
                    set_read_offset(current[0], current[1])
                if taken:  # their read offsets moved: they are handled whatever happened
                    await hand_batches(consumer, batches, taken)
            unset_flag(CONSUMER_FETCHING)
    except consumer.consumer_stopped_errors:
        if consumer.transport.app.should_stop:
            consumer.log.info("Broker stopped consumer, shutting down...")
            return
        raise
    except asyncio.CancelledError:
        if consumer.transport.app.should_stop:
            consumer.log.info("Consumer shutting down for user cancel.")
            return
        raise
    except Exception as exc:
        consumer.log.exception("Drain messages raised: %r", exc)
        raise
    finally:
        unset_flag(CONSUMER_FETCHING)


async def hand_batches(consumer: Any, batches: Batches, taken: list[Any]) -> None:
    """Each topic's records to its handler (one call per topic, fetch order), then ack them:
    faust commits an offset only once acked, so after the handler's effects are durable."""
    by_topic: dict[str, list[Any]] = {}
    for message in taken:
        by_topic.setdefault(message.topic, []).append(message)
    for topic, messages in by_topic.items():
        await batches[topic](messages)
        ack = consumer.ack
        for message in messages:
            ack(message)


def add_gap(consumer: Any, tp: Any, offset_from: int, offset_to: int) -> None:
    """faust's `_add_gap` without `merge_overlaps` (gaps are disjoint: see the module doc)."""
    committed = consumer._committed_offset[tp]
    if committed is not None:
        offset_from = max(offset_from, committed + 1)
    if offset_from <= offset_to:  # interval tree ends are exclusive
        consumer._gap[tp].addi(offset_from, offset_to + 1)
