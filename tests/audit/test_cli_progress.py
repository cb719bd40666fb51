"""The long CLI commands: a bar on a terminal, and the same output and exit code either way."""

from __future__ import annotations

import io
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner, Result

from services.cli import progress
from services.cli.main import app
from services.settings import get_settings
from tests.conftest import REFERENCE_GOLD, REFERENCE_TEXT


@pytest.fixture
def cli_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, redis_server: str) -> Iterator[Path]:
    monkeypatch.setenv("FACTSTREAM_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("FACTSTREAM_BACKEND", "embedded")
    monkeypatch.setenv("REDIS_URL", redis_server)
    monkeypatch.setenv("FACTSTREAM_REDIS_PREFIX", f"cli-{tmp_path.name}")
    get_settings.cache_clear()
    yield tmp_path
    get_settings.cache_clear()


def invoke(*args: str, terminal: io.StringIO | None = None) -> Result:
    """Run a command; with `terminal`, stderr is a (forced) terminal writing there."""
    if terminal is None:
        return CliRunner().invoke(app, list(args))
    with pytest.MonkeyPatch.context() as patch:
        console = Console(file=terminal, force_terminal=True, width=120)
        patch.setattr(progress, "terminal_console", lambda: console)
        return CliRunner().invoke(app, list(args))


def test_bars_on_a_terminal_and_identical_results_without_one(cli_env: Path) -> None:
    assert invoke("facts", str(REFERENCE_GOLD)).exit_code == 0
    for command in (["verify"], ["export", "--from", "2"], ["rebuild", "--into", "audit"]):
        quiet = invoke(*command)
        screen = io.StringIO()
        shown = invoke(*command, terminal=screen)
        assert (shown.exit_code, shown.stdout) == (quiet.exit_code, quiet.stdout), command
        # rebuild exits 1 here (nothing projected the live models): the same code both ways
        assert quiet.exit_code == (1 if command[0] == "rebuild" else 0), quiet.output
        assert quiet.stderr == ""
        label = {"verify": "verifying", "export": "exporting", "rebuild": "replaying"}[command[0]]
        assert label in screen.getvalue() and "events/s" in screen.getvalue(), command

    screen = io.StringIO()
    article = cli_env / "article.txt"
    shutil.copy(REFERENCE_TEXT, article)
    ingested = invoke("ingest", str(article), "--published", "2021-11-23", terminal=screen)
    assert ingested.exit_code == 0 and ingested.stderr == ""
    assert json.loads(ingested.stdout)[0]["new_events"] > 0
    assert "ingesting" in screen.getvalue() and "1/1" in screen.getvalue()
    again = invoke("ingest", str(article), "--published", "2021-11-23")
    assert json.loads(again.stdout)[0]["new_events"] == 0 and again.stderr == ""


def test_replay_keeps_its_exit_code_when_the_replay_differs(cli_env: Path) -> None:
    assert invoke("facts", str(REFERENCE_GOLD)).exit_code == 0
    quiet = invoke("replay", "--to", "5", "--into", "past")
    shown = invoke("replay", "--to", "5", "--into", "past", terminal=io.StringIO())
    assert quiet.exit_code == shown.exit_code and quiet.stdout == shown.stdout
    assert json.loads(quiet.stdout)["position"] == 5
