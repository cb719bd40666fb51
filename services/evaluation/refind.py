"""Rebuilding the ignored text cache from search results saved as JSON.

The texts of the real corpus are never committed; on a new machine each row's search phrase is
looked up again (search tool, `pages` corpus) and the matching result is saved as
`{"id", "url", "excerpt"}` JSON. This turns those files into `.cache/real/<id>.txt`, refusing
any whose url is not the row's or whose excerpt does not contain the row's search phrase.
"""

from __future__ import annotations

import json
from pathlib import Path

from .corpus import REAL_CORPUS, REAL_TEXTS, manifest_rows


def cached_text(row: dict[str, str], excerpt: str) -> str:
    """The cache file's content: header lines, a blank line, the excerpt as returned."""
    return f"url: {row['url']}\npublished: {row['published']}\nlang: {row['lang']}\n\n{excerpt}"


def import_excerpts(
    incoming: Path, root: Path = REAL_CORPUS, texts: Path = REAL_TEXTS
) -> tuple[list[str], list[str]]:
    """Write every acceptable saved result into the cache; the ids written and the problems."""
    rows = {row["id"]: row for row in manifest_rows(root)}
    written: list[str] = []
    problems: list[str] = []
    texts.mkdir(parents=True, exist_ok=True)
    for path in sorted(incoming.glob("*.json")):
        try:
            saved = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            problems.append(f"{path.name}: not JSON ({exc.msg} at line {exc.lineno})")
            continue
        row = rows.get(str(saved.get("id", "")))
        excerpt = saved.get("excerpt")
        if row is None:
            problems.append(f"{path.name}: id {saved.get('id')!r} is not in the manifest")
        elif saved.get("url") != row["url"]:
            problems.append(f"{row['id']}: url {saved.get('url')!r} is not the manifest's")
        elif not isinstance(excerpt, str) or row["search_phrase"] not in excerpt:
            problems.append(f"{row['id']}: the excerpt does not contain the search phrase")
        else:
            (texts / f"{row['id']}.txt").write_text(cached_text(row, excerpt), encoding="utf-8")
            written.append(row["id"])
    return written, problems
