"""Files given to the CLI, checked whole before anything is appended: a bad file is a
clear message and exit code 2, never a stack trace and never a partial append."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from contracts.http import ArticleCreate, FactsCreate
from contracts.limits import MAX_ARTICLE_TEXT

# A file larger than this cannot hold a valid submission (the HTTP body limit's order).
MAX_FILE_BYTES = 8 * MAX_ARTICLE_TEXT


class BadInput(ValueError):
    """What is wrong with an input file, in words."""


def _read_text(file: Path) -> str:
    try:
        if file.stat().st_size > MAX_FILE_BYTES:
            raise BadInput(f"{file}: larger than {MAX_FILE_BYTES} bytes")
        return file.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadInput(f"{file}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except OSError as exc:
        raise BadInput(f"{file}: cannot be read ({exc.strerror or exc})") from None


def _problems(exc: ValidationError) -> str:
    from services.api.errors import validation_messages

    return "; ".join(validation_messages(exc.errors()))


def load_facts(file: Path) -> FactsCreate:
    """A gold-shaped JSON file: {"article"?, "published", "url"?, "facts": [...]}."""
    text = _read_text(file)
    try:
        raw: Any = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise BadInput(f"{file}: not valid JSON ({exc})") from None
    if not isinstance(raw, dict):
        raise BadInput(f"{file}: expected a JSON object with 'published' and 'facts'")
    try:
        return FactsCreate.model_validate(
            {
                "source": {
                    "article": raw.get("article") or file.name,
                    "published": raw.get("published"),
                    "url": raw.get("url"),
                },
                "facts": raw.get("facts"),
            }
        )
    except ValidationError as exc:
        raise BadInput(f"{file}: {_problems(exc)}") from None


def load_articles(files: list[Path], published: str, language: str | None) -> list[ArticleCreate]:
    """Every article file, validated before the first is ingested."""
    bodies = []
    for file in files:
        try:
            bodies.append(
                ArticleCreate.model_validate(
                    {"text": _read_text(file), "published": published, "language": language}
                )
            )
        except ValidationError as exc:
            raise BadInput(f"{file}: {_problems(exc)}") from None
    return bodies
