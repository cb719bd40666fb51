"""The telemetry port on a Prometheus registry (the app's, so /metrics shows it), and the
per-projection gauges read from the log and the store when /metrics is scraped."""

from __future__ import annotations

from collections.abc import Sequence

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

from contracts.envelope import Event
from events.port import AppendResult, EventLog
from services.observability.context import current_request
from services.projections.registry import PROJECTIONS
from services.readmodels.port import ReadModelStore
from services.readside.bluegreen import projection_status

APPEND_OUTCOMES = ("new", "duplicate", "rejected")
# Extraction of one article takes ~10 ms to a few s; the upper buckets meet the time limit.
EXTRACTION_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 20.0, 40.0)


class PrometheusTelemetry:
    """Counts on the registry, and tells the request being served (if any) what it appended,
    so its log line can name the correlation id."""

    def __init__(self, registry: CollectorRegistry) -> None:
        self.appends = Counter(
            "factstream_appends_total",
            "Append requests by outcome: new (wrote at least one event), duplicate (every "
            "event was already stored), rejected (refused, nothing written)",
            ["outcome"],
            registry=registry,
        )
        self.appended_events = Counter(
            "factstream_appended_events_total",
            "Events in successful appends: new (written) or duplicate (already stored)",
            ["outcome"],
            registry=registry,
        )
        self.extraction = Histogram(
            "factstream_extraction_seconds",
            "Time to extract the facts of one article",
            buckets=EXTRACTION_BUCKETS,
            registry=registry,
        )
        self.applied = Counter(
            "factstream_projection_applied_events_total",
            "Events applied by the in-process projector to each live projection",
            ["projection"],
            registry=registry,
        )
        self.lag = Gauge(
            "factstream_projection_lag_events",
            "Log head position minus the projection's checkpoint (read at scrape time)",
            ["projection"],
            registry=registry,
        )
        self.position = Gauge(
            "factstream_projection_position",
            "The projection's checkpoint: the last log position it applied",
            ["projection"],
            registry=registry,
        )
        for outcome in APPEND_OUTCOMES:  # every series exists from the start, at 0
            self.appends.labels(outcome)
            if outcome != "rejected":
                self.appended_events.labels(outcome)
        for projection in PROJECTIONS:
            self.applied.labels(projection.name)

    def appended(self, events: Sequence[Event], result: AppendResult) -> None:
        new = result.new_count
        duplicates = len(result.appended) - new
        outcome = "new" if new else "duplicate"
        self.appends.labels(outcome).inc()
        self.appended_events.labels("new").inc(new)
        self.appended_events.labels("duplicate").inc(duplicates)
        request = current_request()
        if request is not None:  # the request's log line names what it appended
            ids = [e.correlation_id or e.id for e in events]
            request.note_append(dict.fromkeys(ids), outcome, new)

    def rejected(self) -> None:
        self.appends.labels("rejected").inc()

    def extraction_timed(self, seconds: float) -> None:
        self.extraction.observe(seconds)

    def projection_applied(self, projection: str, events: int) -> None:
        self.applied.labels(projection).inc(events)

    async def observe_projections(self, log: EventLog, store: ReadModelStore) -> None:
        for projection in PROJECTIONS:
            status = await projection_status(log, store, projection)
            self.lag.labels(projection.name).set(status["lag"])
            self.position.labels(projection.name).set(status["position"])
