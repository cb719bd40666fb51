"""What the stage trace (bench/kafka_trace.py) keeps while bench/kafka_latency.py runs: the
sampled events' own times, and the CPU each process spent per event at each rate."""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

_TICK = os.sysconf("SC_CLK_TCK")


@dataclass
class Trace:
    worker_file: Path  # the worker's rows (services/worker/trace.py)
    samples: list[dict[str, Any]] = field(default_factory=list)  # id, rate, start, acked, visible


def _cpu_s(pid: int) -> float:
    """User + system CPU seconds of a live process (0 when it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / _TICK  # utime, stime (fields 14, 15)


@contextmanager
def cpu_of(procs: Mapping[str, int], out: dict[str, Any], rate: int, events: int) -> Iterator[None]:
    """Each process's CPU over the block, per event: `<name>_cpu_us_per_event_at_<rate>`."""
    before = {name: _cpu_s(pid) for name, pid in procs.items()}
    yield
    for name, pid in procs.items():
        spent = _cpu_s(pid) - before[name]
        out[f"{name}_cpu_us_per_event_at_{rate}"] = round(spent / events * 1e6)
