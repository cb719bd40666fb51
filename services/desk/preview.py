"""The workspace's preview: extract an article without appending anything, and cut its text
into segments so that each fact's evidence can be highlighted (spans may overlap)."""

from __future__ import annotations

import asyncio
import datetime as dt
import itertools
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs

from services.extraction import ExtractionRejected, ExtractionTimeout, extract_article
from services.extraction.models import ExtractedFact, ExtractionResult


@dataclass
class Draft:
    """What the workspace form holds."""

    text: str = ""
    published: str = ""
    language: str = ""
    url: str = ""


@dataclass
class Segment:
    text: str
    facts: tuple[int, ...] = ()

    @property
    def label(self) -> str:
        return "evidence of fact " + ", ".join(str(i + 1) for i in self.facts)


@dataclass
class Preview:
    result: ExtractionResult | None = None
    error: str | None = None
    segments: list[Segment] = field(default_factory=list)

    @property
    def facts(self) -> list[ExtractedFact]:
        return [] if self.result is None else self.result.facts


def read_form(body: bytes) -> Draft:
    fields = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)

    def one(name: str) -> str:
        return fields.get(name, [""])[0]

    # Browsers send textarea line breaks as CRLF; the API gets what the user pasted.
    return Draft(one("text").replace("\r\n", "\n"), one("published"), one("language"), one("url"))


def segments(text: str, facts: list[ExtractedFact]) -> list[Segment]:
    """The text cut at every evidence boundary; each piece names the facts covering it."""
    cuts = {0, len(text)}
    for fact in facts:
        for ev in fact.evidence:
            cuts.update({max(0, min(ev.start, len(text))), max(0, min(ev.end, len(text)))})
    bounds = sorted(cuts)
    out = []
    for start, end in itertools.pairwise(bounds):
        covering = tuple(
            i
            for i, fact in enumerate(facts)
            if any(ev.start <= start and end <= ev.end for ev in fact.evidence)
        )
        out.append(Segment(text[start:end], covering))
    return out


def check(draft: Draft) -> str | None:
    if not draft.text.strip():
        return "paste an article's text or pick a file"
    try:
        dt.date.fromisoformat(draft.published)
    except ValueError:
        return "choose the publication date (YYYY-MM-DD)"
    if draft.language not in ("", "ru", "en"):
        return "language must be ru, en or automatic"
    return None


async def preview(draft: Draft, time_limit_s: float) -> Preview:
    problem = check(draft)
    if problem is not None:
        return Preview(error=problem)
    try:
        result = await asyncio.to_thread(
            extract_article,
            draft.text,
            dt.date.fromisoformat(draft.published),
            draft.language or None,
            time_limit_s=time_limit_s,
        )
    except ExtractionRejected as exc:
        return Preview(error=f"not an article: {exc.reason}")
    except ExtractionTimeout as exc:
        return Preview(error=f"extraction took too long: {exc}")
    return Preview(result, None, segments(draft.text, result.facts))


def arguments(fact: ExtractedFact) -> list[tuple[str, Any]]:
    return [(k, v) for k, v in fact.arguments.items() if v not in (None, [], "")]
