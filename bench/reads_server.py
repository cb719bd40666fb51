"""One HTTP server for bench_reads.py: `ours` (the API as `serve` runs it, reference article
ingested) or `bare` (a FastAPI app returning fixed bytes). Same uvicorn, one worker each.

python bench/reads_server.py ours PORT DATA_DIR
python bench/reads_server.py bare PORT BYTES_DIR   # BYTES_DIR/<name>.json, served by path
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import uvicorn
from fastapi import FastAPI, Response

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from services.api.main import create_app  # noqa: E402
from services.cli.startup import serve_startup  # noqa: E402
from services.observability.logs import configure_logging  # noqa: E402
from services.readside.gc_tuning import tune_gc  # noqa: E402
from services.settings import Settings  # noqa: E402


def bare_app(bytes_dir: Path) -> FastAPI:
    """The baseline: no middleware, no store, no auth; the bytes are in memory."""
    routes = json.loads((bytes_dir / "routes.json").read_text())
    app = FastAPI()
    for path, file in routes.items():
        body = (bytes_dir / file).read_bytes()

        def answer(body: bytes = body) -> Response:
            return Response(body, media_type="application/json")

        app.get(path)(answer)
    return app


def main() -> None:
    mode, port, where = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
    if mode == "bare":
        app = bare_app(where)
    else:
        settings = Settings(data_dir=where, redis_prefix=f"bench-reads-{port}")
        configure_logging(settings.log_format, settings.log_level)
        app = create_app(settings, on_startup=serve_startup(ingest_reference=True))
    tune_gc()  # as `serve` does (for the baseline too: same process settings)
    uvicorn.run(app, host="127.0.0.1", port=port, log_config=None, access_log=False)


if __name__ == "__main__":
    main()
