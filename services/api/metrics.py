"""Prometheus metrics, one registry per app (so tests can build many apps)."""

from __future__ import annotations

from dataclasses import dataclass, field

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram


@dataclass
class Metrics:
    registry: CollectorRegistry = field(default_factory=CollectorRegistry)

    def __post_init__(self) -> None:
        self.requests = Counter(
            "factstream_http_requests_total",
            "HTTP requests",
            ["method", "route", "status"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "factstream_http_request_seconds",
            "HTTP request latency",
            ["method", "route"],
            registry=self.registry,
        )
        self.head = Gauge(
            "factstream_log_head_position", "Position of the last event", registry=self.registry
        )
        self.lag = Gauge(
            "factstream_projector_lag_events", "Events not yet projected", registry=self.registry
        )
