"""CPU seconds of one extraction pass over the real-news texts, for comparing two extractor
versions on the same texts (run it interleaved against a `git archive` of the other version:
`PYTHONPATH=<checkout> python bench/extraction_cpu_pass.py --rounds 2`)."""

from __future__ import annotations

import argparse
import contextlib
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_extraction import load_texts

from services.extraction import EXTRACTOR_VERSION, extract_article


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=2)
    rounds = parser.parse_args().rounds
    texts = load_texts()
    extract_article(*texts[0])  # lexicons loaded outside the timed passes
    for r in range(rounds):
        start = time.process_time()
        for text, published in texts:
            with contextlib.suppress(Exception):  # a rejected text costs what it cost
                extract_article(text, published, time_limit_s=60.0)
        spent = time.process_time() - start
        print(f"{EXTRACTOR_VERSION} round {r}: {spent:.1f} s of CPU, {len(texts)} texts")


if __name__ == "__main__":
    main()
