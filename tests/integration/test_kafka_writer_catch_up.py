"""The writer catches its index up with the topic only when the index may be behind: on a
new epoch and after a failed round, not after its own commits (issue 13 item 5); after a
failed round it first waits until the topic's transactions are settled, so a retry sent at
once after a lost commit answer finds the commit instead of appending it twice."""

from __future__ import annotations

from typing import Any

import pytest
from aiokafka.errors import KafkaTimeoutError

from events.audit import verify
from events.kafka.log import KafkaEventLog
from tests.support.factories import announced, statement

pytestmark = pytest.mark.integration


async def test_own_commits_skip_the_catch_up_and_a_lost_answer_brings_it_back(
    kafka_log: KafkaEventLog,
) -> None:
    writer = kafka_log._writer
    catch_ups: list[int] = []
    sync = writer._sync

    async def counted() -> Any:
        catch_ups.append(1)
        return await sync()

    writer._sync = counted
    for n in range(3):
        await kafka_log.append([announced(n=n)])
    assert len(catch_ups) == 1  # the first round on this epoch only

    producer = writer._producer
    assert producer is not None
    commit = producer.commit_transaction

    async def committed_but_answer_lost() -> None:
        await commit()
        producer.commit_transaction = commit  # type: ignore[method-assign]
        raise KafkaTimeoutError()

    producer.commit_transaction = committed_but_answer_lost  # type: ignore[method-assign]
    with pytest.raises(Exception):  # noqa: B017 - the caller cannot know it landed
        await kafka_log.append([statement(n=7)])
    retry = await kafka_log.append([statement(n=7)])
    assert len(catch_ups) > 1  # the rounds after a failure caught up and found the commit
    assert retry.appended[0].duplicate and retry.appended[0].position == 4
    report = await verify(kafka_log)
    assert report.ok and report.checked == 4


async def test_a_retry_sent_at_once_after_a_lost_commit_answer_is_a_duplicate(
    kafka_log: KafkaEventLog,
) -> None:
    """No wait for the commit's marker: the writer's catch-up after the failed round waits
    until the transaction is settled, so the retry finds the commit and appends nothing."""
    for attempt in range(5):  # the marker races the retry: give the race several chances
        await kafka_log.append([announced(n=100 + attempt)])
        producer = kafka_log._writer._producer
        assert producer is not None
        commit = producer.commit_transaction

        async def committed_but_answer_lost(commit: Any = commit, producer: Any = producer) -> None:
            await commit()
            producer.commit_transaction = commit
            raise KafkaTimeoutError()

        producer.commit_transaction = committed_but_answer_lost  # type: ignore[method-assign]
        with pytest.raises(Exception):  # noqa: B017 - the caller cannot know it landed
            await kafka_log.append([statement(n=attempt)])
        retry = await kafka_log.append([statement(n=attempt)])  # at once
        assert retry.appended[0].duplicate, f"attempt {attempt}: appended twice"
        assert retry.appended[0].position == 2 * attempt + 2
    report = await verify(kafka_log)
    assert report.ok and report.checked == 10
    ids = [e.id for e in await kafka_log.read_all()]
    assert len(ids) == len(set(ids)) == 10
