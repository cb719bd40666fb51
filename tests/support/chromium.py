"""Debian's headless Chromium driven by Playwright (never Playwright's own browser build):
found on PATH, or at FACTSTREAM_CHROMIUM."""

from __future__ import annotations

import os
import shutil
from pathlib import Path


def chromium_path() -> str | None:
    given = os.environ.get("FACTSTREAM_CHROMIUM")
    if given:
        return given if Path(given).is_file() else None
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return None


LAUNCH_ARGS = ["--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"]
