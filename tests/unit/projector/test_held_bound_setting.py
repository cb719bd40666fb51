"""The bound on what a catch-up holds decoded is a setting the composition root hands down."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from services.projector.limits import MAX_HELD_CLAIMS
from services.settings import Settings
from services.worker.config import WorkerConfig


def test_the_bound_is_read_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTSTREAM_REBUILD_MAX_HELD_CLAIMS", "4096")
    assert Settings().rebuild_max_held_claims == 4096
    monkeypatch.delenv("FACTSTREAM_REBUILD_MAX_HELD_CLAIMS")
    assert Settings().rebuild_max_held_claims == MAX_HELD_CLAIMS


def test_a_bound_below_one_claim_is_refused() -> None:
    with pytest.raises(ValidationError, match="rebuild_max_held_claims"):
        Settings(rebuild_max_held_claims=0)


def test_the_worker_takes_the_bound_from_the_settings() -> None:
    settings = Settings(redis_url="redis://127.0.0.1:1", rebuild_max_held_claims=77)
    assert WorkerConfig.from_settings(settings).max_held_claims == 77
