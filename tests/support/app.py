"""Settings for in-process app tests: a temp data dir and a fresh Redis key prefix."""

from __future__ import annotations

import itertools
from pathlib import Path

from services.settings import Settings

_n = itertools.count()


def make_settings(tmp_path: Path, redis_url: str, **extra: object) -> Settings:
    return Settings(
        data_dir=tmp_path,
        redis_url=redis_url,
        redis_prefix=f"api{next(_n)}",
        max_body_bytes=64 * 1024,
        **extra,  # type: ignore[arg-type]
    )
