"""Settings of the SSE stream (env prefix FACTSTREAM_STREAM_), read when the app starts."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class StreamSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="FACTSTREAM_STREAM_", extra="ignore")

    # Live events a client may have queued before it is cut off with a resume cursor.
    buffer: int = Field(default=1024, ge=1)
    heartbeat_s: float = Field(default=15.0, gt=0)
    # A client that accepts no bytes for this long is dropped (its socket buffers are full).
    send_timeout_s: float = Field(default=30.0, gt=0)
    catchup_page: int = Field(default=500, ge=1)
    # Sent as the SSE `retry:` field: how long EventSource waits before reconnecting.
    retry_ms: int = Field(default=2000, ge=0)
