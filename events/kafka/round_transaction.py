"""One group-commit round's Kafka transaction, its appends sent chunk by chunk.

The writer plans a round's appends (CPU: sealing, the hash chain) and the broker writes
them (I/O). Sent as one batch after planning, the two add up; sent in chunks as they are
planned, the broker writes (and replicates) one chunk while the next is planned. Each chunk
is one record batch on the log and one per feed partition it touches (events/kafka/feed.py),
in log order (a chunk holds `KafkaLogConfig.chunk_messages` messages, or a few more: whole
appends); the transaction still makes the round atomic: its records are visible to
`read_committed` readers all at once, at the commit, or never.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Any

from aiokafka import AIOKafkaProducer

from events.kafka.feed import enqueue_round


class RoundTransaction:
    def __init__(self, producer: AIOKafkaProducer, topic: str) -> None:
        self._producer = producer
        self._topic = topic
        self._began = False
        self._acks: list[asyncio.Future[Any]] = []  # every batch's, each chunk's log batch first
        self._log_batches: list[tuple[int, asyncio.Future[Any]]] = []  # (messages, its ack)

    async def send(self, messages: Sequence[Any]) -> None:
        """Queue one chunk: the producer's sender sends it while the caller plans on."""
        if not messages:
            return
        if not self._began:
            await self._producer.begin_transaction()
            self._began = True
        acks = await enqueue_round(self._producer, self._topic, messages)
        self._log_batches.append((len(messages), acks[0]))
        self._acks += acks

    async def commit(self) -> list[int]:
        """Once every batch is acknowledged, commit; returns the log offsets of the messages
        sent, in order (empty when nothing was sent: no transaction was begun)."""
        if not self._began:
            return []
        # every ack waited for (a failed one is not left unretrieved), the first failure raised
        done = await asyncio.gather(*self._acks, return_exceptions=True)
        for outcome in done:
            if isinstance(outcome, BaseException):
                raise outcome
        await self._producer.commit_transaction()
        offsets: list[int] = []
        for count, ack in self._log_batches:
            first = ack.result().offset
            offsets += range(first, first + count)
        return offsets
