"""Annotated corpora on disk: a gold directory plus article texts, or the real-news corpus.

The real-news corpus (`corpus/real/`) commits only manifests and gold; its texts live in an
ignored cache (`.cache/real/<id>.txt`: `url:`, `published:`, `lang:` header lines, a blank
line, then the text). See corpus/real/README.md.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[2]
REAL_CORPUS = REPO_ROOT / "corpus" / "real"
REAL_TEXTS = REPO_ROOT / ".cache" / "real"
MANIFEST_COLUMNS = ("id", "url", "published", "lang", "genre", "outlet", "search_phrase", "split")


@dataclass(frozen=True)
class Document:
    """One annotated article: its text, publication date, language and gold facts."""

    name: str
    text: str
    published: dt.date
    language: str | None
    gold: list[dict[str, Any]]
    split: str = "dev"
    meta: dict[str, str] = field(default_factory=dict)


def manifest_rows(root: Path = REAL_CORPUS) -> list[dict[str, str]]:
    """Every manifest row (all `manifest/*.tsv` files), checked for its columns."""
    rows: list[dict[str, str]] = []
    for path in sorted((root / "manifest").glob("*.tsv")):
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
            missing = set(MANIFEST_COLUMNS) - set(reader.fieldnames or ())
            if missing:
                raise ValueError(f"{path.name}: missing columns {sorted(missing)}")
            rows += [{k: (v or "").strip() for k, v in row.items() if k} for row in reader]
    return rows


def read_cached_text(path: Path) -> tuple[dict[str, str], str]:
    """Header fields and body of a cached article file."""
    raw = path.read_text(encoding="utf-8")
    head, _, body = raw.partition("\n\n")
    meta = {}
    for line in head.splitlines():
        key, _, value = line.partition(":")
        meta[key.strip()] = value.strip()
    return meta, body


def half_of(article_id: str) -> str:
    """A fixed cut of the corpus for developing on one half and checking on the other:
    "a" when the id's last hex digit is even, else "b" (follows from the id alone)."""
    return "a" if int(article_id[-1], 16) % 2 == 0 else "b"


def real_documents(
    split: str = "dev", language: str | None = None, texts: Path = REAL_TEXTS
) -> tuple[list[Document], list[str]]:
    """The real corpus' documents of a split ("dev", "holdout" or "all"); and what is missing."""
    docs: list[Document] = []
    missing: list[str] = []
    for row in manifest_rows():
        if split != "all" and row["split"] != split:
            continue
        if language and row["lang"] != language:
            continue
        gold_path = REAL_CORPUS / "gold" / f"{row['id']}.json"
        text_path = texts / f"{row['id']}.txt"
        if not gold_path.exists() or not text_path.exists():
            missing.append(row["id"] + (": gold missing" if text_path.exists() else ": text"))
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        _, body = read_cached_text(text_path)
        docs.append(
            Document(
                name=row["id"],
                text=body,
                published=dt.date.fromisoformat(row["published"]),
                language=row["lang"],
                gold=list(gold["facts"]),
                split=row["split"],
                meta=row,
            )
        )
    return docs, missing


def directory_documents(gold_dir: Path, articles_dir: Path) -> Iterator[Document | str]:
    """Documents of a gold directory (`<stem>.json` beside `<article>`); a str for a problem."""
    for gold_path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        article = gold.get("article") or gold_path.stem + ".txt"
        text_path = articles_dir / article
        if not text_path.exists():
            yield f"{article}: article file missing"
            continue
        yield Document(
            name=article,
            text=text_path.read_text(encoding="utf-8"),
            published=dt.date.fromisoformat(gold["published"]),
            language=gold.get("language"),
            gold=list(gold["facts"]),
        )
