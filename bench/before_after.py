"""Two trees measured alternately in one run (ABBA...): the shared machine's drift hits both
alike. The `--before` revision is exported with `git archive` to a temporary directory; the
"after" tree is this checkout. Medians over the rounds are reported per tree and written with
every run to a results file. Used by `freshness_before_after.py` and
`kafka_latency_before_after.py`, which say how one round is measured."""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]

Round = Callable[[Path, float], dict[str, Any]]


def export(rev: str, into: Path) -> None:
    archive = subprocess.run(["git", "archive", rev], cwd=REPO, check=True, capture_output=True)
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive.stdout, check=True)


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    parser.add_argument("--before", required=True, help="git revision to compare against")
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=10)
    return parser.parse_args()


def compare(
    args: argparse.Namespace, one: Round, results: Path, medians_of: tuple[str, ...]
) -> int:
    """Run `one(tree, seconds)` for both trees, alternating, and write the medians of the
    figures whose names end with `medians_of`."""
    runs: dict[str, list[dict[str, Any]]] = {"before": [], "after": []}
    with tempfile.TemporaryDirectory(prefix="bench-before-") as before:
        export(args.before, Path(before))
        trees = {"before": Path(before), "after": REPO}
        for r in range(args.rounds):
            for name in ("before", "after") if r % 2 == 0 else ("after", "before"):
                runs[name].append(one(trees[name], args.seconds))
                print(name, json.dumps(runs[name][-1]), flush=True)
    keys = [k for k in runs["after"][0] if k.endswith(medians_of)]
    medians = {
        name: {k: round(statistics.median(r[k] for r in rounds), 1) for k in keys}
        for name, rounds in runs.items()
    }
    result = {
        "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "before": args.before,
        "after": subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True
        ).stdout.strip(),
        "rounds": args.rounds,
        "seconds_per_rate": args.seconds,
        "median": medians,
        "runs": runs,
    }
    results.parent.mkdir(parents=True, exist_ok=True)
    results.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(medians, indent=2))
    return 0
