"""deploy/grafana: the dashboard parses, has the panels operators need, and queries only
metrics the app exposes (names taken from the app's own registry, not a hand-kept list)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from prometheus_client import CollectorRegistry

from services.api.metrics import Metrics
from services.observability.prometheus import PrometheusTelemetry

pytestmark = pytest.mark.unit

DASHBOARD = Path(__file__).resolve().parents[2] / "deploy/grafana/factstream-dashboard.json"
SUFFIXES = {
    "counter": ("_total", "_created"),
    "histogram": ("_bucket", "_sum", "_count", "_created"),
    "summary": ("", "_sum", "_count", "_created"),
    "gauge": ("",),
}


def exposed_names() -> set[str]:
    """Every sample name /metrics can carry, from the registry the app builds."""
    metrics = Metrics()
    PrometheusTelemetry(metrics.registry)
    registry: CollectorRegistry = metrics.registry
    return {f.name + s for f in registry.collect() for s in SUFFIXES.get(f.type, ("",))}


def queries(dashboard: dict[str, Any]) -> dict[str, list[str]]:
    return {
        p["title"]: [t["expr"] for t in p.get("targets", [])]
        for p in dashboard["panels"]
        if p["type"] != "row"
    }


def test_the_dashboard_parses_and_its_panels_are_well_formed() -> None:
    dashboard = json.loads(DASHBOARD.read_text())
    panels = dashboard["panels"]
    assert len({p["id"] for p in panels}) == len(panels)
    assert {"datasource"} <= {v["name"] for v in dashboard["templating"]["list"]}
    for panel in panels:
        assert {"x", "y", "w", "h"} <= set(panel["gridPos"])
        for target in panel.get("targets", []):
            assert target["expr"] and target["datasource"]["uid"] == "${datasource}"


def test_every_queried_metric_is_one_the_app_exposes() -> None:
    exposed = exposed_names()
    for title, exprs in queries(json.loads(DASHBOARD.read_text())).items():
        for expr in exprs:
            used = set(re.findall(r"\bfactstream_[a-z_]+", expr))
            assert used and used <= exposed, (title, used - exposed)


def test_it_shows_requests_appends_projections_and_extraction() -> None:
    used = " ".join(e for es in queries(json.loads(DASHBOARD.read_text())).values() for e in es)
    for metric in (
        "factstream_http_requests_total",
        "factstream_http_request_seconds_bucket",
        "factstream_appends_total",
        "factstream_projection_lag_events",
        "factstream_projection_applied_events_total",
        "factstream_extraction_seconds_bucket",
    ):
        assert metric in used, metric
