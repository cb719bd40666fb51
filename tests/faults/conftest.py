"""Fault tests: real processes killed and stopped by pid, every wait bounded."""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest

from tests.conftest import in_ci
from tests.faults.cluster_scenario import Background
from tests.faults.procs import RedisServer

CLUSTER_TEST = "test_cluster_leader_kill.py::test_leader_kill9_loses_and_duplicates_nothing"


@pytest.fixture
def own_redis() -> Iterator[RedisServer]:
    """A redis-server of this test's own, free to kill -9 (never the shared one)."""
    server = RedisServer().start()
    yield server
    server.kill9()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The cluster test runs last of the fault tier: its scenario runs in the background
    while the tier's other tests run."""
    cluster = [i for i, item in enumerate(items) if item.nodeid.endswith(CLUSTER_TEST)]
    faults = [i for i, item in enumerate(items) if "tests/faults/" in item.nodeid]
    if cluster and faults:
        item = items.pop(cluster[0])
        items.insert(max(faults), item)  # max(faults) shifted by one after the pop


@pytest.fixture(scope="session", autouse=True)
def _cluster_in_background(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Background | None]:
    """Start the leader-kill scenario with the tier's first test, if the cluster test was
    selected: it is mostly waiting for JVMs, so the other fault tests run meanwhile."""
    wanted = any(item.nodeid.endswith(CLUSTER_TEST) for item in request.session.items)
    if not wanted or not (shutil.which("java") and shutil.which("mvn")):
        yield None
        return
    scenario = Background(tmp_path_factory.mktemp("cluster"))
    scenario.start()
    yield scenario
    scenario.join(timeout=600)  # normally over: the cluster test waited for it


@pytest.fixture
def cluster_scenario(_cluster_in_background: Background | None) -> Background:
    if _cluster_in_background is None:
        message = "the three-node cluster needs java and mvn"
        if in_ci():
            pytest.fail(f"CI=true requires real services; {message}")
        pytest.skip(message)  # only when not CI: under CI=true the line above fails
    return _cluster_in_background
