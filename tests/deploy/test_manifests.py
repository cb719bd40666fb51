"""deploy/: the Dockerfile, compose file and Kubernetes manifests agree with each other and
with the settings the code reads (names, ports, env vars, commands, health paths)."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from services.settings import Settings

pytestmark = pytest.mark.unit

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
APP_ENV = {"KAFKA_BOOTSTRAP", "REDIS_URL"}  # the well-known names without the prefix
WORKER_COMMAND = ["python", "-m", "services.worker", "run"]
API_COMMAND = ["factstream", "serve"]


def settings_env_names() -> set[str]:
    """Every environment variable Settings reads."""
    names: set[str] = set()
    prefix = str(Settings.model_config.get("env_prefix", ""))
    for name, field in Settings.model_fields.items():
        alias = field.validation_alias
        choices = getattr(alias, "choices", None)
        if choices:
            names.update(str(c) for c in choices)
        else:
            names.add(f"{prefix}{name}".upper())
    return names


def compose() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    return data


def k8s_docs() -> list[dict[str, Any]]:
    docs: list[dict[str, Any]] = []
    for path in sorted((DEPLOY / "k8s").glob("*.yaml")):
        docs += [d for d in yaml.safe_load_all(path.read_text()) if d]
    return docs


def k8s(kind: str, name: str) -> dict[str, Any]:
    [doc] = [d for d in k8s_docs() if d["kind"] == kind and d["metadata"]["name"] == name]
    return doc


def k8s_env(deployment: dict[str, Any]) -> dict[str, str]:
    """Env of a Deployment's first container: its configMaps, then its own entries."""
    [container] = deployment["spec"]["template"]["spec"]["containers"]
    env: dict[str, str] = {}
    for source in container.get("envFrom", []):
        env.update(k8s("ConfigMap", source["configMapRef"]["name"])["data"])
    for item in container.get("env", []):
        env[item["name"]] = item.get("value", "<from secret>")
    return env


def app_vars(env: dict[str, str]) -> set[str]:
    return {k for k in env if k.startswith("FACTSTREAM_") or k in APP_ENV}


def host_port(url: str) -> tuple[str, int]:
    match = re.search(r"(?:redis://)?([A-Za-z0-9.-]+):(\d+)", url)
    assert match, url
    return match.group(1), int(match.group(2))


def test_every_env_var_given_to_the_app_is_a_setting() -> None:
    known = settings_env_names()
    services = compose()["services"]
    for name in ("api", "worker"):
        assert app_vars(services[name]["environment"]) <= known, name
    for name in ("factstream-api", "factstream-worker"):
        assert app_vars(k8s_env(k8s("Deployment", name))) <= known, name
    dockerfile_env = set(
        re.findall(r"\b(FACTSTREAM_[A-Z_]+)=", (DEPLOY / "Dockerfile").read_text())
    )
    assert dockerfile_env <= known


@pytest.mark.parametrize("where", ["compose", "k8s"])
def test_api_and_worker_are_configured_for_the_kafka_backend(where: str) -> None:
    if where == "compose":
        envs = {n: compose()["services"][n]["environment"] for n in ("api", "worker")}
    else:
        envs = {n: k8s_env(k8s("Deployment", f"factstream-{n}")) for n in ("api", "worker")}
    for env in envs.values():
        assert env["FACTSTREAM_BACKEND"] == "kafka"
        assert env["FACTSTREAM_TOPIC"] == Settings().topic
        assert env["FACTSTREAM_DEAD_LETTER_TOPIC"] == Settings().dead_letter_topic
        assert {"KAFKA_BOOTSTRAP", "REDIS_URL"} <= env.keys()
    assert "FACTSTREAM_WRITE_TOKEN" in envs["api"]  # off loopback, writes need a token


def test_compose_urls_name_real_services_and_ports() -> None:
    services = compose()["services"]
    env = services["api"]["environment"]
    kafka_host, kafka_port = host_port(env["KAFKA_BOOTSTRAP"])
    assert kafka_host in services
    listeners = services[kafka_host]["environment"]["KAFKA_ADVERTISED_LISTENERS"]
    assert f"{kafka_host}:{kafka_port}" in listeners
    redis_host, redis_port = host_port(env["REDIS_URL"])
    assert redis_host in services and redis_port == 6379
    for name in ("kafka", "redis", "api", "worker"):
        assert "healthcheck" in services[name], name


def test_k8s_urls_name_real_services_and_ports() -> None:
    env = k8s_env(k8s("Deployment", "factstream-api"))
    for url in (env["KAFKA_BOOTSTRAP"], env["REDIS_URL"]):
        host, port = host_port(url)
        service = k8s("Service", host)
        assert port in [p["port"] for p in service["spec"]["ports"]], url


def test_api_port_agrees_everywhere() -> None:
    port = int(compose()["services"]["api"]["environment"]["FACTSTREAM_PORT"])
    assert f"EXPOSE {port}" in (DEPLOY / "Dockerfile").read_text()
    assert compose()["services"]["api"]["ports"] == [f"{port}:{port}"]
    deployment = k8s("Deployment", "factstream-api")
    [container] = deployment["spec"]["template"]["spec"]["containers"]
    assert int(k8s_env(deployment)["FACTSTREAM_PORT"]) == port
    assert [p["containerPort"] for p in container["ports"]] == [port]
    assert container["readinessProbe"]["httpGet"]["port"] == port
    [service_port] = k8s("Service", "factstream-api")["spec"]["ports"]
    assert service_port["targetPort"] == port


def test_health_paths_exist_in_the_api() -> None:
    from services.api.routers import health

    paths = {getattr(r, "path", "") for r in health.router.routes}
    [container] = k8s("Deployment", "factstream-api")["spec"]["template"]["spec"]["containers"]
    assert container["readinessProbe"]["httpGet"]["path"] in paths
    assert container["livenessProbe"]["httpGet"]["path"] in paths
    assert "/healthz" in (DEPLOY / "Dockerfile").read_text() and "/healthz" in paths


def test_commands_run_modules_that_exist() -> None:
    services = compose()["services"]
    assert services["worker"]["command"] == WORKER_COMMAND
    assert services["api"]["command"] == API_COMMAND
    for name, command in (("factstream-worker", WORKER_COMMAND), ("factstream-api", API_COMMAND)):
        [container] = k8s("Deployment", name)["spec"]["template"]["spec"]["containers"]
        assert container["command"] == command
    assert importlib.util.find_spec("services.worker.__main__") is not None
    assert '"factstream", "serve"' in (DEPLOY / "Dockerfile").read_text()


def test_one_writer_several_workers() -> None:
    api = k8s("Deployment", "factstream-api")["spec"]
    assert api["replicas"] == 1 and api["strategy"]["type"] == "Recreate"
    assert k8s("Deployment", "factstream-worker")["spec"]["replicas"] >= 2
    assert compose()["services"]["worker"]["deploy"]["replicas"] >= 2


def test_the_same_image_and_kafka_version_everywhere() -> None:
    images = {
        c["image"]
        for d in k8s_docs()
        if d["kind"] in ("Deployment", "StatefulSet")
        for c in d["spec"]["template"]["spec"]["containers"]
    }
    pom = (DEPLOY / "kafka" / "pom.xml").read_text()
    version = re.search(r"<kafka.version>([^<]+)<", pom)
    assert version is not None
    assert f"apache/kafka:{version.group(1)}" in images
    assert compose()["services"]["kafka"]["image"] == f"apache/kafka:{version.group(1)}"
    assert "factstream:latest" in images
