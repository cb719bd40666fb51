"""Log output: one JSON object per line (FACTSTREAM_LOG_FORMAT=json) or a line for people.

Every record emitted while a request is served carries its request id; the request log line
(services/observability/request_log.py) adds route, method, status, duration and what the
request appended.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sys
from typing import Any, Literal, TextIO

from services.observability.context import current_request

# Fields a record may carry (logging's `extra=`), in the order they are written.
REQUEST_FIELDS = (
    "method",
    "route",
    "path",
    "status",
    "duration_ms",
    "correlation_id",
    "append_outcome",
    "new_events",
)
# Loggers that configure themselves unless told not to; ours decides for them.
OWNED_LOGGERS = ("uvicorn", "uvicorn.error", "uvicorn.access", "fastapi")


def _request_id(record: logging.LogRecord) -> str | None:
    explicit = getattr(record, "request_id", None)
    if explicit is not None:
        return str(explicit)
    request = current_request()
    return request.request_id if request else None


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "time": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        request_id = _request_id(record)
        if request_id:
            line["request_id"] = request_id
        for name in REQUEST_FIELDS:
            value = getattr(record, name, None)
            if value is not None:
                line[name] = value
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False, default=str)


class TextFormatter(logging.Formatter):
    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)-7s %(name)s: %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        request_id = _request_id(record)
        return f"{text} [request {request_id}]" if request_id else text


def configure_logging(
    format: Literal["text", "json"] = "text", level: str = "INFO", stream: TextIO | None = None
) -> logging.Handler:
    """Send every logger's records to one handler on `stream` (stderr) in `format`."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonFormatter() if format == "json" else TextFormatter())
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    logging.captureWarnings(True)  # warnings become records too, not raw stderr lines
    for name in OWNED_LOGGERS:
        owned = logging.getLogger(name)
        owned.handlers.clear()
        owned.propagate = True
    return handler


def faust_logging(format: Literal["text", "json"], level: str) -> dict[str, Any]:
    """Options for faust.Worker: in json, our formatter and no console banner (which is not
    a log record); in text, faust's own coloured lines."""
    if format != "json":
        return {}
    config = {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": JsonFormatter}},
        "handlers": {
            "default": {
                "class": "logging.StreamHandler",
                "formatter": "json",
                "stream": "ext://sys.stderr",
            }
        },
        "root": {"level": level, "handlers": ["default"]},
    }
    return {"quiet": True, "logging_config": config}
