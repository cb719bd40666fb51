"""Consistency checks of the real-news corpus: manifest rows, ids, splits, gold files, texts."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from services.extraction.models import KIND_ARGS

from .corpus import REAL_CORPUS, REAL_TEXTS, manifest_rows, read_cached_text

GENRES = frozenset({"agency", "newspaper", "online", "broadcaster", "official", "wikinews"})


def expected_id(url: str, lang: str) -> str:
    return f"{lang}-{hashlib.sha1(url.encode()).hexdigest()[:10]}"


def expected_split(url: str) -> str:
    return "holdout" if int(hashlib.sha1(url.encode()).hexdigest(), 16) % 3 == 0 else "dev"


def gold_problems(gold: dict[str, Any]) -> list[str]:
    """What is wrong with one gold file (unknown kinds or arguments, bad shapes)."""
    problems: list[str] = []
    for i, fact in enumerate(gold.get("facts", [])):
        kind = fact.get("kind")
        if kind not in KIND_ARGS:
            problems.append(f"fact {i}: unknown kind {kind!r}")
            continue
        extra = set(fact) - {"kind", *KIND_ARGS[kind]}
        if extra:
            problems.append(f"fact {i} ({kind}): unknown fields {sorted(extra)}")
    if gold.get("language") not in ("ru", "en"):
        problems.append(f"language {gold.get('language')!r}")
    return problems


def check(root: Path = REAL_CORPUS, texts: Path | None = REAL_TEXTS) -> list[str]:
    """Every problem found; texts are checked only where the cache has them."""
    problems: list[str] = []
    seen: set[str] = set()
    for row in manifest_rows(root):
        rid, url = row["id"], row["url"]
        if rid in seen:
            problems.append(f"{rid}: listed twice")
        seen.add(rid)
        if rid != expected_id(url, row["lang"]):
            problems.append(f"{rid}: id does not follow from the url")
        if row["split"] != expected_split(url):
            problems.append(f"{rid}: split should be {expected_split(url)}")
        if row["genre"] not in GENRES:
            problems.append(f"{rid}: genre {row['genre']!r}")
        words = len(row["search_phrase"].split())
        if not 6 <= words <= 20:
            problems.append(f"{rid}: search phrase of {words} words")
        gold_path = root / "gold" / f"{rid}.json"
        if not gold_path.exists():
            problems.append(f"{rid}: no gold file")
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        problems += [f"{rid}: {p}" for p in gold_problems(gold)]
        if gold.get("published") != row["published"]:
            problems.append(f"{rid}: gold and manifest disagree on the publication date")
        text_path = texts / f"{rid}.txt" if texts else None
        if text_path is not None and text_path.exists():
            meta, body = read_cached_text(text_path)
            if meta.get("url") != url:
                problems.append(f"{rid}: cached text is of another url")
            if row["search_phrase"] not in body:
                problems.append(f"{rid}: search phrase not in the cached text")
    return problems


def missing_texts(root: Path = REAL_CORPUS, texts: Path = REAL_TEXTS) -> list[str]:
    return [r["id"] for r in manifest_rows(root) if not (texts / f"{r['id']}.txt").exists()]
