"""Request ids, the append routes the request log counts refusals on, and log formatting."""

from __future__ import annotations

import json
import logging

import pytest

from services.api.main import create_app
from services.observability.context import (
    RequestContext,
    enter_request,
    leave_request,
    request_id_from,
)
from services.observability.logs import JsonFormatter, TextFormatter
from services.observability.request_log import APPEND_ROUTES
from services.settings import Settings

pytestmark = pytest.mark.unit


def test_well_formed_ids_are_kept_and_anything_else_is_replaced() -> None:
    for given in ("abc", "7f1c2a30-1b9e-4c55-a7e3-0d9a2c4b5e6f", "01J9Z:trace.7_x"):
        assert request_id_from(given) == given
    for bad in (None, "", "with space", "new\nline", "-leading-dash", "x" * 129, "ünïcode"):
        fresh = request_id_from(bad)
        assert fresh != bad and len(fresh) == 32


def test_every_append_route_is_a_route_of_the_app() -> None:
    paths = create_app().openapi()["paths"]
    routes = {(method.upper(), path) for path, ops in paths.items() for method in ops}
    assert routes >= APPEND_ROUTES


def record(message: str, **extra: object) -> logging.LogRecord:
    made = logging.LogRecord("factstream.test", logging.WARNING, __file__, 1, message, (), None)
    made.__dict__.update(extra)
    return made


def test_records_inside_a_request_carry_its_id_in_both_formats() -> None:
    token = enter_request(RequestContext("rq-7"))
    try:
        line = json.loads(JsonFormatter().format(record("slow store")))
        text = TextFormatter().format(record("slow store"))
    finally:
        leave_request(token)
    assert line["request_id"] == "rq-7" and line["level"] == "warning"
    assert line["logger"] == "factstream.test" and line["message"] == "slow store"
    assert text.endswith("WARNING factstream.test: slow store [request rq-7]")
    outside = json.loads(JsonFormatter().format(record("idle", status=200, route="/x")))
    assert "request_id" not in outside and (outside["status"], outside["route"]) == (200, "/x")


def test_an_exception_is_one_json_line() -> None:
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        import sys

        failed = record("failed")
        failed.exc_info = sys.exc_info()
    out = JsonFormatter().format(failed)
    assert "\n" not in out and "RuntimeError: boom" in json.loads(out)["exception"]


def test_the_log_level_is_read_in_any_case_and_a_bad_format_is_refused() -> None:
    assert Settings(log_level="info").log_level == "INFO"  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="'text' or 'json'"):
        Settings(log_format="xml")  # type: ignore[arg-type]
