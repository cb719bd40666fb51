"""Throughput of extract_article vs natasha's own full pipeline, on the same texts, one run.

Run: .venv/bin/python bench/bench_extraction.py [--rounds N]
Prints a markdown table and writes bench/results/extraction.json. Texts: the real-news corpus
(.cache/real, see corpus/real/README.md) when present, else the reference article
(../shared/corpus) plus the development articles (corpus/dev). Peak memory: the
process's max RSS after each phase (our extractor runs first, so its figure excludes
natasha's models) and the tracemalloc peak of one pass of each.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import resource
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from services.extraction import EXTRACTOR_VERSION, extract_article  # noqa: E402

SHARED = REPO.parent / "shared" / "corpus"


def load_texts() -> list[tuple[str, dt.date]]:
    """The real-news corpus texts when the cache has them (the figure that matters), else the
    reference and development articles."""
    from services.evaluation.corpus import real_documents

    docs, _ = real_documents("all")
    if docs:
        return [(d.text, d.published) for d in docs]
    out: list[tuple[str, dt.date]] = []
    for gold_dir, art_dir in (
        (SHARED / "gold", SHARED / "articles"),
        (REPO / "corpus/dev/gold", REPO / "corpus/dev/articles"),
    ):
        for path in sorted(gold_dir.glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            text = (art_dir / gold["article"]).read_text(encoding="utf-8")
            out.append((text, dt.date.fromisoformat(gold["published"])))
    return out


def natasha_pipeline() -> Callable[[str], int]:
    """natasha's full pipeline: segment, morphology, syntax, NER, lemmas, span normal forms."""
    from natasha import (
        Doc,
        NewsEmbedding,
        NewsMorphTagger,
        NewsNERTagger,
        NewsSyntaxParser,
        Segmenter,
    )

    from services.extraction.text import morph_vocab

    segmenter, vocab, emb = Segmenter(), morph_vocab(), NewsEmbedding()
    tagger, parser, ner = NewsMorphTagger(emb), NewsSyntaxParser(emb), NewsNERTagger(emb)

    def run(text: str) -> int:
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_morph(tagger)
        doc.parse_syntax(parser)
        doc.tag_ner(ner)
        for token in doc.tokens:
            token.lemmatize(vocab)
        for span in doc.spans:
            span.normalize(vocab)
        return len(doc.spans)

    return run


def interleaved(
    ours: Callable[[], Any], theirs: Callable[[], Any], rounds: int, n: int
) -> tuple[float, float, float, float]:
    """Articles per second of CPU time and of wall time, ours then theirs, with the rounds
    alternating so that both meet the same load on this shared machine (a block of all our
    rounds then all theirs swung 4x between runs while other suites ran). The ratio is of wall
    time; CPU time is reported beside it (natasha's numpy uses more than one core)."""
    cpu = [0.0, 0.0]
    wall = [0.0, 0.0]
    for _ in range(rounds):
        for k, fn in enumerate((ours, theirs)):
            c0, w0 = time.process_time(), time.perf_counter()
            fn()
            cpu[k] += time.process_time() - c0
            wall[k] += time.perf_counter() - w0
    done = rounds * n
    return done / cpu[0], done / cpu[1], done / wall[0], done / wall[1]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def traced_peak_mb(fn: Callable[[], Any]) -> float:
    tracemalloc.start()
    fn()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 2**20


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    texts = load_texts()
    n = len(texts)

    def ours() -> None:
        for text, published in texts:
            extract_article(text, published)

    t0 = time.perf_counter()
    ours()  # warm-up: loads MorphVocab once, fills the lemma cache
    ours_load_s = time.perf_counter() - t0
    ours_trace = traced_peak_mb(ours)
    ours_rss = peak_rss_mb()

    t0 = time.perf_counter()
    run = natasha_pipeline()

    def theirs() -> None:
        for text, _ in texts:
            run(text)

    theirs()
    natasha_load_s = time.perf_counter() - t0
    natasha_trace = traced_peak_mb(theirs)
    total_rss = peak_rss_mb()
    ours_rate, natasha_rate, ours_wall, natasha_wall = interleaved(ours, theirs, args.rounds, n)

    result = {
        "extractor_version": EXTRACTOR_VERSION,
        "articles": n,
        "chars": sum(len(t) for t, _ in texts),
        "rounds": args.rounds,
        "python": platform.python_version(),
        "machine": platform.machine(),
        "ours_articles_per_s": round(ours_wall, 1),
        "natasha_articles_per_s": round(natasha_wall, 1),
        "ratio": round(ours_wall / natasha_wall, 2),
        "rounds_interleaved": True,
        "ours_articles_per_cpu_s": round(ours_rate, 1),
        "natasha_articles_per_cpu_s": round(natasha_rate, 1),
        "cpu_ratio": round(ours_rate / natasha_rate, 2),
        "ours_first_pass_s_incl_model_load": round(ours_load_s, 2),
        "natasha_first_pass_s_incl_model_load": round(natasha_load_s, 2),
        "ours_peak_rss_mb": round(ours_rss, 1),
        "process_peak_rss_mb_after_natasha": round(total_rss, 1),
        "ours_tracemalloc_peak_mb_per_pass": round(ours_trace, 1),
        "natasha_tracemalloc_peak_mb_per_pass": round(natasha_trace, 1),
    }
    out = REPO / "bench" / "results" / "extraction.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(
        f"| pipeline | articles/s | first pass incl. load (s) | peak memory |\n"
        f"|---|---|---|---|\n"
        f"| factstream-rules {EXTRACTOR_VERSION} | {ours_wall:.1f} | {ours_load_s:.2f} | "
        f"RSS {ours_rss:.0f} MB, tracemalloc {ours_trace:.1f} MB |\n"
        f"| natasha full pipeline | {natasha_wall:.1f} | {natasha_load_s:.2f} | "
        f"RSS {total_rss:.0f} MB (process), tracemalloc {natasha_trace:.1f} MB |\n\n"
        f"ratio: **{ours_wall / natasha_wall:.1f}x** (CPU time {ours_rate / natasha_rate:.1f}x) on "
        f"{n} articles x {args.rounds} interleaved rounds"
    )


if __name__ == "__main__":
    main()
