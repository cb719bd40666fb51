"""Entry point: `python -m services.worker [run|catch-up|replay-dead-letters]`.

`run` creates the topics, then runs one faust worker (start several for one group).
`run` first catches up in bulk when the read models are far behind (see startup.py).
`catch-up` only folds the log into Redis in large batches, whatever the lag.
`replay-dead-letters` re-sends dead letters.
"""

from __future__ import annotations

import asyncio
import logging
import sys

import faust

from services.observability.logs import configure_logging, faust_logging
from services.readmodels.redis_pipelined import PipelinedRedisStore
from services.readside.gc_tuning import tune_gc
from services.settings import get_settings
from services.worker.agents import register
from services.worker.app import create_app
from services.worker.config import WorkerConfig
from services.worker.replay import replay_dead_letters
from services.worker.startup import catch_up_before_start, run_bulk
from services.worker.topics import ensure_worker_topics, patiently


def run_worker() -> None:
    settings = get_settings()
    configure_logging(settings.log_format, settings.log_level)  # until faust takes over
    config = WorkerConfig.from_settings(settings)
    # A worker that subscribes to a missing topic never gets it assigned: create first.
    asyncio.run(ensure_worker_topics(config))
    tune_gc(settings.gc_reclaim_interval_s)
    caught_up = asyncio.run(
        patiently(
            lambda: catch_up_before_start(config, settings.worker_bulk_min_lag),
            "catch-up before start",
        )
    )
    if caught_up is not None:
        logging.getLogger("factstream.worker").info(
            "bulk catch-up to position %d before joining the group", caught_up
        )
    asyncio.set_event_loop(asyncio.new_event_loop())
    (settings.data_dir / "faust").mkdir(parents=True, exist_ok=True)
    app = create_app(config, settings.data_dir)
    store = PipelinedRedisStore.from_url(config.redis_url, config.redis_prefix)
    register(app, config, store, feed_batches=settings.worker_feed_batches)
    faust.Worker(
        app,
        loglevel=settings.log_level.lower(),
        **faust_logging(settings.log_format, settings.log_level),
    ).execute_from_commandline()


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "run"
    if command == "run":
        run_worker()
        return 0
    if command == "catch-up":
        config = WorkerConfig.from_settings(get_settings())
        tune_gc()
        print(f"caught up to position {asyncio.run(run_bulk(config))}")
        return 0
    if command == "replay-dead-letters":
        config = WorkerConfig.from_settings(get_settings())
        print(asyncio.run(replay_dead_letters(config)))
        return 0
    print(__doc__, file=sys.stderr)
    return 2
