"""`factstream`: serve the API, ingest facts and articles, read the log, rebuild, verify."""

from __future__ import annotations

import ipaddress
import logging
import secrets
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, TypeVar

import typer

from services.bootstrap import Container
from services.cli import extraction_commands
from services.cli.inputs import BadInput, load_articles, load_facts
from services.cli.progress import progress_bars
from services.cli.runtime import print_json, with_container
from services.cli.tail import tail
from services.observability.logs import configure_logging
from services.readside.gc_tuning import tune_gc
from services.settings import get_settings

T = TypeVar("T")
app = typer.Typer(help=__doc__, no_args_is_help=True, pretty_exceptions_enable=False)
for command in extraction_commands.app.registered_commands:
    app.registered_commands.append(command)
app.command()(tail)  # `factstream tail`: follow the SSE stream


@app.command()
def serve(
    ingest_reference: Annotated[bool, typer.Option(help="Ingest the reference article.")] = False,
    host: Annotated[str | None, typer.Option()] = None,
    port: Annotated[int | None, typer.Option()] = None,
) -> None:
    """Run the HTTP API (and, on the embedded backend, the projector beside it)."""
    import uvicorn

    from services.api.coalesced_http import CoalescingH11Protocol
    from services.api.main import create_app
    from services.cli.startup import serve_startup

    settings = get_settings().model_copy(
        update={k: v for k, v in {"host": host, "port": port}.items() if v is not None}
    )
    configure_logging(settings.log_format, settings.log_level)
    log = logging.getLogger("factstream.serve")
    if not settings.write_token and not _loopback(settings.host):
        token = secrets.token_urlsafe(24)
        settings = settings.model_copy(update={"write_token": token})
        log.warning("FACTSTREAM_WRITE_TOKEN not set; write routes need: Bearer %s", token)
    elif not settings.write_token:
        log.info(
            "write routes are open on loopback (%s); set FACTSTREAM_WRITE_TOKEN to require "
            "a bearer token",
            settings.host,
        )
    app_ = create_app(settings, on_startup=serve_startup(ingest_reference))
    tune_gc(settings.gc_reclaim_interval_s)  # the embedded projector folds beside the API
    log.info(
        "factstream API on http://%s:%s (docs at /docs, backend %s)",
        settings.host,
        settings.port,
        settings.backend,
    )
    # SSE clients hold connections open: give them 5 s, then close (they resume by id).
    # Logging is ours (log_config=None); the request log replaces uvicorn's access log.
    uvicorn.run(
        app_,
        host=settings.host,
        port=settings.port,
        log_config=None,
        access_log=False,
        timeout_graceful_shutdown=5,
        http=CoalescingH11Protocol,  # a response's head and body in one write
    )


def _loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


@app.command()
def facts(file: Path) -> None:
    """Append curated facts from a gold-shaped JSON file (idempotent)."""
    from services.ingest.gold import FactRejected

    body = _checked(lambda: load_facts(file))
    try:
        result = with_container(lambda c: c.ingest.ingest_facts(body))
    except FactRejected as exc:
        print(f"error: {exc}", file=sys.stderr)
        raise typer.Exit(2) from None
    print_json(result.model_dump())


def _checked(load: Callable[[], T]) -> T:
    try:
        return load()
    except BadInput as exc:
        print(f"error: {exc}", file=sys.stderr)
        raise typer.Exit(2) from None


@app.command()
def events(
    after: int = 0,
    limit: int = 100,
    type: Annotated[list[str] | None, typer.Option(help="Type or prefix*")] = None,
    stream: str | None = None,
) -> None:
    """Print events in global order as JSON lines."""
    from events.port import EventFilter

    flt = EventFilter(types=tuple(type or ()), stream_id=stream)
    for event in with_container(lambda c: c.log.read_all(after, limit, flt)):
        print(event.model_dump_json())


@app.command()
def verify() -> None:
    """Walk the hash chain; exit 1 naming the first position that does not check out."""
    from events.audit import verify as verify_log

    with progress_bars() as bars:
        checked = bars.track("verifying", "events")
        report = with_container(lambda c: verify_log(c.log, on_progress=checked))
    print_json(report.__dict__)
    if not report.ok:
        raise typer.Exit(1)


@app.command()
def rebuild(
    into: Annotated[str, typer.Option(help="Namespace to build into.")] = "rebuild",
) -> None:
    """Replay the whole log into a fresh keyspace and compare it with the live read models."""
    _replay(into, None)


@app.command()
def replay(
    to: Annotated[int, typer.Option(help="Last log position to apply.")],
    into: Annotated[str, typer.Option(help="Isolated namespace to build into.")],
) -> None:
    """Rebuild the projections as of a position into NAME and diff them against live."""
    _replay(into, to)


def _replay(into: str, to: int | None) -> None:
    from services.readside.rebuild import rebuild_and_compare

    tune_gc()
    with progress_bars() as bars:
        replayed = bars.track("replaying", "events")
        report = with_container(
            lambda c: rebuild_and_compare(
                c.log,
                c.store,
                into,
                to,
                on_progress=replayed,
                max_held_claims=c.settings.rebuild_max_held_claims,
            )
        )
    print_json(report)
    if not report["equal"]:
        raise typer.Exit(1)


@app.command()
def export(
    start: Annotated[int, typer.Option("--from", help="First position.")] = 1,
    end: Annotated[int | None, typer.Option("--to", help="Last position.")] = None,
    out: Annotated[Path | None, typer.Option(help="File to write (default stdout).")] = None,
) -> None:
    """Export a range of the log as NDJSON with hashes and chain anchors (see docs/audit.md)."""
    from services.readside.audit_export import export_lines

    async def run(container: Container) -> None:
        handle = out.open("w", encoding="utf-8") if out else sys.stdout
        try:
            async for line in export_lines(container.log, start, end, on_progress=exported):
                handle.write(line)
        finally:
            if out:
                handle.close()

    with progress_bars() as bars:
        exported = bars.track("exporting", "events")
        with_container(run)


@app.command()
def ingest(
    files: Annotated[list[Path], typer.Argument(help="Article text files (UTF-8).")],
    published: Annotated[str, typer.Option(help="Publication date YYYY-MM-DD.")],
    language: Annotated[str | None, typer.Option(help="ru or en (default: detect).")] = None,
) -> None:
    """Extract facts from articles and append them (idempotent), with a progress bar."""
    bodies = _checked(lambda: load_articles(files, published, language))

    async def run(container: Container) -> list[dict[str, object]]:
        results = []
        for done, (file, body) in enumerate(zip(files, bodies, strict=True), start=1):
            outcome = await container.ingest.ingest_article(body)
            results.append(
                {
                    "file": str(file),
                    "facts": len(outcome.facts),
                    "new_events": outcome.ingest.new_events,
                    "reason": outcome.reason,
                }
            )
            ingested(done, len(files))
        return results

    with progress_bars() as bars:
        ingested = bars.track("ingesting", "files", total=len(files))
        results = with_container(run)
    print_json(results)


if __name__ == "__main__":
    app()
