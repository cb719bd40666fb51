"""Read one sample out of a Prometheus text exposition."""

from __future__ import annotations

from prometheus_client.parser import text_string_to_metric_families


def sample(exposition: str, name: str, **labels: str) -> float:
    for family in text_string_to_metric_families(exposition):
        for s in family.samples:
            if s.name == name and all(s.labels.get(k) == v for k, v in labels.items()):
                return float(s.value)
    raise AssertionError(f"no sample {name}{labels} in /metrics")


def metric_names(exposition: str) -> set[str]:
    """Every sample name exposed (counters as name_total, histograms as _bucket/_sum/...)."""
    return {s.name for family in text_string_to_metric_families(exposition) for s in family.samples}
