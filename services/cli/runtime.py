"""Helpers the CLI commands share: settings, the container, running coroutines."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, TypeVar

from services.bootstrap import Container, build
from services.settings import get_settings

T = TypeVar("T")
REPO_ROOT = Path(__file__).resolve().parents[2]
REFERENCE_ARTICLE = REPO_ROOT.parent / "shared/corpus/articles/000_25647d25b5e993b4.txt"
REFERENCE_PUBLISHED = "2021-11-23"


def with_container(fn: Callable[[Container], Awaitable[T]]) -> T:
    async def run() -> T:
        container = build(get_settings(), with_projector=False)
        try:
            return await fn(container)
        finally:
            await container.close()

    return asyncio.run(run())


def print_json(obj: Any) -> None:
    print(json.dumps(obj, ensure_ascii=False, indent=2, default=str))
