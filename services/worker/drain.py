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
"""

from __future__ import annotations

import asyncio
from typing import Any

from faust.transport.consumer import CONSUMER_FETCHING


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
    yield_every = 100
    since_yield = 0

    async def hand_over(ait: Any, current: list[Any]) -> None:
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
                await consumer.wait_first(hand_over(ait, current), consumer.suspend_flow.wait())
                if current:  # interrupted mid-record: faust moves its read offset too
                    set_read_offset(current[0], current[1])
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


def add_gap(consumer: Any, tp: Any, offset_from: int, offset_to: int) -> None:
    """faust's `_add_gap` without `merge_overlaps` (gaps are disjoint: see the module doc)."""
    committed = consumer._committed_offset[tp]
    if committed is not None:
        offset_from = max(offset_from, committed + 1)
    if offset_from <= offset_to:  # interval tree ends are exclusive
        consumer._gap[tp].addi(offset_from, offset_to + 1)
