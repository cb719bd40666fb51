"""The writer's retry after CONCURRENT_TRANSACTIONS: aiokafka's handler answers with our wait.

aiokafka retries a refused AddPartitionsToTxn after its module constant `BACKOFF_OVERRIDE`
(20 ms); the writer shortens it. These tests fail if an aiokafka upgrade stops reading it."""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace

import pytest
from aiokafka.errors import ConcurrentTransactions
from aiokafka.producer import sender

from events.kafka.config import KafkaLogConfig
from events.kafka.producer_config import shorten_concurrent_transactions_retry


@pytest.fixture
def restored() -> Iterator[None]:
    before = sender.BACKOFF_OVERRIDE
    yield
    sender.BACKOFF_OVERRIDE = before


def _refused_first_add(retry_backoff_s: float) -> float | None:
    """What the handler returns for a transaction's first AddPartitionsToTxn refused with
    CONCURRENT_TRANSACTIONS (the previous commit's markers are still being written)."""
    manager = SimpleNamespace(txn_partitions=set(), partition_added=lambda tp: None)
    fake_sender = SimpleNamespace(_retry_backoff=retry_backoff_s, _txn_manager=manager)
    handler = sender.AddPartitionsToTxnHandler(fake_sender, [])
    response = SimpleNamespace(errors=[("log", [(0, ConcurrentTransactions.errno)])])
    return handler.handle_response(response)  # type: ignore[no-any-return]


def test_aiokafka_reads_its_constant_at_each_retry(restored: None) -> None:
    sender.BACKOFF_OVERRIDE = 0.0123  # its own value is 0.02
    assert _refused_first_add(0.1) == pytest.approx(0.0123)


def test_the_writer_retries_after_its_configured_wait(restored: None) -> None:
    config = KafkaLogConfig("localhost:9092", "log", "log.dlq")
    shorten_concurrent_transactions_retry(config)
    assert _refused_first_add(0.1) == pytest.approx(0.002)
    faster = KafkaLogConfig("localhost:9092", "log", "log.dlq", concurrent_transactions_retry_ms=1)
    shorten_concurrent_transactions_retry(faster)
    assert _refused_first_add(0.1) == pytest.approx(0.001)
