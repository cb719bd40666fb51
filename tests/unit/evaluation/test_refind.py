"""Re-found texts enter the cache only when they are the row's page: same url, and the
excerpt holds the row's verbatim search phrase."""

import json
from pathlib import Path

from services.evaluation.corpus import manifest_rows, read_cached_text
from services.evaluation.refind import import_excerpts


def _save(incoming: Path, name: str, payload: object) -> None:
    incoming.mkdir(exist_ok=True)
    (incoming / f"{name}.json").write_text(json.dumps(payload, ensure_ascii=False), "utf-8")


def test_a_matching_result_becomes_a_cached_text(tmp_path: Path) -> None:
    row = manifest_rows()[0]
    excerpt = f"Headline\n\nBefore. {row['search_phrase']} after."
    _save(tmp_path / "in", row["id"], {"id": row["id"], "url": row["url"], "excerpt": excerpt})
    written, problems = import_excerpts(tmp_path / "in", texts=tmp_path / "real")
    assert (written, problems) == ([row["id"]], [])
    meta, body = read_cached_text(tmp_path / "real" / f"{row['id']}.txt")
    assert meta == {"url": row["url"], "published": row["published"], "lang": row["lang"]}
    assert body == excerpt


def test_wrong_url_missing_phrase_and_broken_json_are_refused(tmp_path: Path) -> None:
    first, second = manifest_rows()[:2]
    incoming = tmp_path / "in"
    _save(incoming, "a", {"id": first["id"], "url": "https://other.example/", "excerpt": "x"})
    _save(incoming, "b", {"id": second["id"], "url": second["url"], "excerpt": "unrelated"})
    (incoming / "c.json").write_text('{"id": "x", "excerpt": "unterminated', "utf-8")
    written, problems = import_excerpts(incoming, texts=tmp_path / "real")
    assert written == [] and len(problems) == 3
    assert not list((tmp_path / "real").iterdir())
