"""Progress bars for the CLI's long commands: rate and ETA on stderr, and nothing at all when
stderr is not a terminal (pipes, files, CI logs), so outputs and exit codes never change."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

Report = Callable[[int, int], None]  # (done, total): how far a step got


class RateColumn(ProgressColumn):
    """Items per second, in the task's own unit (files/s, events/s)."""

    def render(self, task: Task) -> Text:
        unit = task.fields.get("unit", "items")
        speed = task.finished_speed or task.speed
        return Text(f"{speed:,.0f} {unit}/s" if speed is not None else f"? {unit}/s")


class Bars:
    """Hands out one bar per step; a no-op when the bars are not shown."""

    def __init__(self, progress: Progress | None) -> None:
        self._progress = progress

    def track(self, label: str, unit: str, total: int | None = None) -> Report:
        progress = self._progress
        if progress is None:
            return _ignore
        task = progress.add_task(label, total=total, unit=unit)

        def report(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total)

        return report


def _ignore(done: int, total: int) -> None:
    pass


def terminal_console() -> Console | None:
    """stderr when it is a real terminal (not rich's guess from FORCE_COLOR), else None."""
    return Console(stderr=True) if sys.stderr.isatty() else None


@contextmanager
def progress_bars(console: Console | None = None) -> Iterator[Bars]:
    """Bars on `console` (default: the terminal on stderr), shown only on a terminal."""
    console = console or terminal_console()
    if console is None or not console.is_terminal:
        yield Bars(None)
        return
    columns = (
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        RateColumn(),
        TimeElapsedColumn(),
        TextColumn("eta"),
        TimeRemainingColumn(),
    )
    # stdout stays the command's own (export writes NDJSON there while the bar runs)
    with Progress(
        *columns,
        console=console,
        refresh_per_second=5,
        redirect_stdout=False,
        redirect_stderr=False,
    ) as progress:
        yield Bars(progress)
