"""Progress bars show rate and ETA on a terminal, and print nothing anywhere else."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from services.cli import progress

pytestmark = pytest.mark.unit


def run_bars(console: Console) -> None:
    with progress.progress_bars(console) as bars:
        report = bars.track("verifying", "events")
        for done in (1000, 2000, 3000):
            report(done, 3000)


def test_a_terminal_gets_a_bar_with_counts_rate_and_eta() -> None:
    out = io.StringIO()
    run_bars(Console(file=out, force_terminal=True, width=120))
    shown = out.getvalue()
    assert "verifying" in shown and "3000/3000" in shown
    assert "events/s" in shown and "eta" in shown


def test_a_pipe_gets_nothing() -> None:
    out = io.StringIO()
    run_bars(Console(file=out, force_terminal=False, width=120))
    assert out.getvalue() == ""


def test_the_default_console_is_quiet_when_stderr_is_not_a_tty(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    piped = io.StringIO()  # like a pipe or a file: isatty() is False
    monkeypatch.setattr("sys.stderr", piped)
    with progress.progress_bars() as bars:
        bars.track("exporting", "events")(5, 10)
    assert piped.getvalue() == ""
