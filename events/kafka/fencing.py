"""How a writer learns it was fenced: a newer writer of the same log took over (its
InitProducerId bumped the epoch), and the broker refuses this one's transactions."""

from __future__ import annotations

from aiokafka import AIOKafkaProducer
from aiokafka.errors import InvalidProducerEpoch, ProducerFenced

from events.dependency import DependencyUnavailable
from events.port import EventLogError


class WriterFenced(DependencyUnavailable, EventLogError):
    """A newer writer took over this log: this process no longer appends (503, never 500)."""

    def __init__(self, topic: str, reason: str) -> None:
        super().__init__(
            "kafka",
            f"this instance's writer of {topic!r} was fenced by a newer writer ({reason}); "
            "it no longer appends: send appends to the current writer",
        )


def is_fenced(exc: BaseException, producer: AIOKafkaProducer | None) -> bool:
    if isinstance(exc, ProducerFenced | InvalidProducerEpoch):
        return True
    if isinstance(exc.__cause__, ProducerFenced | InvalidProducerEpoch):
        return True
    # the sender task dies of ProducerFenced; a wait on it may only see a timeout
    sender = getattr(getattr(producer, "_sender", None), "sender_task", None)
    if sender is not None and sender.done() and not sender.cancelled():
        return isinstance(sender.exception(), ProducerFenced | InvalidProducerEpoch)
    return False
