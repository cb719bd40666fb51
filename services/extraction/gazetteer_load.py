"""Load and validate the gazetteer's data files (`data/gazetteer.toml`, `data/ru_endings.txt`).

Nothing is read at import time: `load_entities()` and `load_endings()` read their file when
called (the gazetteer calls them once, on first use, and caches the result). Every problem in a
file is reported at once in a `GazetteerError`, so a typo in the data fails a unit test with a
message that names the entity and the key.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).parent / "data"
GAZETTEER_FILE = DATA_DIR / "gazetteer.toml"
ENDINGS_FILE = DATA_DIR / "ru_endings.txt"

KINDS = frozenset({"person", "state", "organisation", "place", "force"})
FLAGS = frozenset(
    {
        "spokes", "media", "city", "village", "district", "region", "border", "corridor",
        "exact", "ambiguous", "bare",
    }
)  # fmt: skip
KEYS = ("name", "kind", "wikidata", "state", "country", "flags", "ru", "en")
REQUIRED = ("name", "kind")
_WIKIDATA = re.compile(r"Q[1-9][0-9]*")
_CYRILLIC_ENDING = re.compile(r"[а-я]+")
_MAX_REPORTED = 30


class GazetteerError(ValueError):
    """A gazetteer data file is malformed; the message lists every problem found."""


@dataclass(frozen=True, slots=True)
class EntityRecord:
    """One validated `[[entity]]` table of the gazetteer file."""

    name: str
    kind: str
    wikidata: str | None
    state: str | None
    country: str | None
    flags: tuple[str, ...]
    ru: tuple[str, ...]
    en: tuple[str, ...]


def _slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


def _strings(value: Any, where: str, key: str, problems: list[str]) -> tuple[str, ...]:
    if not isinstance(value, list):
        problems.append(f"{where}: '{key}' must be a list of strings")
        return ()
    out: list[str] = []
    for item in value:
        if not isinstance(item, str) or not item.strip() or item != item.strip():
            problems.append(f"{where}: '{key}' has an empty or badly spaced item {item!r}")
        elif not any(ch.isalnum() for ch in item):
            problems.append(f"{where}: '{key}' item {item!r} has no word in it")
        elif item in out:
            problems.append(f"{where}: '{key}' lists {item!r} twice")
        else:
            out.append(item)
    return tuple(out)


def _optional_str(value: Any, where: str, key: str, problems: list[str]) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        problems.append(f"{where}: '{key}' must be a non-empty string")
        return None
    return value


def _record(index: int, table: Any, problems: list[str]) -> EntityRecord | None:
    where = f"entity #{index + 1}"
    if not isinstance(table, dict):
        problems.append(f"{where}: not a table")
        return None
    name = table.get("name")
    if isinstance(name, str):
        where = f"entity #{index + 1} ({name!r})"
    unknown = sorted(set(table) - set(KEYS))
    if unknown:
        problems.append(f"{where}: unknown key(s) {unknown}; allowed: {list(KEYS)}")
    missing = [key for key in REQUIRED if key not in table]
    if missing:
        problems.append(f"{where}: missing key(s) {missing}")
        return None
    if not isinstance(name, str) or not name.strip() or name != name.strip() or not _slug(name):
        problems.append(f"{where}: 'name' must be a non-empty, trimmed title")
        return None
    kind = table["kind"]
    if kind not in KINDS:
        problems.append(f"{where}: kind {kind!r} is not one of {sorted(KINDS)}")
    wikidata = _optional_str(table.get("wikidata"), where, "wikidata", problems)
    if wikidata is not None and not _WIKIDATA.fullmatch(wikidata):
        problems.append(f"{where}: wikidata {wikidata!r} is not a Wikidata id like 'Q7747'")
    flags = _strings(table.get("flags", []), where, "flags", problems)
    bad_flags = sorted(set(flags) - FLAGS)
    if bad_flags:
        problems.append(f"{where}: unknown flag(s) {bad_flags}; allowed: {sorted(FLAGS)}")
    if "bare" in flags and kind != "person":
        problems.append(f"{where}: flag 'bare' is only for people")
    country = _optional_str(table.get("country"), where, "country", problems)
    if country is not None and kind != "place":
        problems.append(f"{where}: 'country' is only for places")
    return EntityRecord(
        name=name,
        kind=str(kind),
        wikidata=wikidata,
        state=_optional_str(table.get("state"), where, "state", problems),
        country=country,
        flags=flags,
        ru=_strings(table.get("ru", []), where, "ru", problems),
        en=_strings(table.get("en", []), where, "en", problems),
    )


def _check_references(records: list[EntityRecord], problems: list[str]) -> None:
    kinds = {r.name: r.kind for r in records}
    for r in records:
        where = f"entity {r.name!r}"
        if r.state is not None and kinds.get(r.state) not in ("state", "organisation"):
            problems.append(f"{where}: state {r.state!r} is not a state or organisation here")
        if r.country is not None and kinds.get(r.country) != "state":
            problems.append(f"{where}: country {r.country!r} is not a state here")


def parse_entities(text: str, source: str = "gazetteer.toml") -> tuple[EntityRecord, ...]:
    """Parse and validate gazetteer TOML text; raise `GazetteerError` listing every problem."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise GazetteerError(f"{source}: not valid TOML: {exc}") from exc
    problems: list[str] = []
    extra = sorted(set(data) - {"entity"})
    if extra:
        problems.append(f"unknown top-level key(s) {extra}; only [[entity]] tables are allowed")
    tables = data.get("entity", [])
    if not isinstance(tables, list) or not tables:
        problems.append("no [[entity]] tables")
        tables = []
    records: list[EntityRecord] = []
    names: dict[str, int] = {}
    slugs: dict[str, str] = {}
    for index, table in enumerate(tables):
        record = _record(index, table, problems)
        if record is None:
            continue
        if record.name in names:
            problems.append(
                f"entity #{index + 1}: duplicate name {record.name!r} "
                f"(first at entity #{names[record.name] + 1})"
            )
            continue
        slug = _slug(record.name)
        if slug in slugs:
            problems.append(f"entity {record.name!r}: id {slug!r} is also {slugs[slug]!r}'s")
            continue
        names[record.name], slugs[slug] = index, record.name
        records.append(record)
    _check_references(records, problems)
    if problems:
        shown = problems[:_MAX_REPORTED]
        more = len(problems) - len(shown)
        lines = "\n  ".join(shown) + (f"\n  … and {more} more" if more else "")
        raise GazetteerError(f"{source}: {len(problems)} problem(s):\n  {lines}")
    return tuple(records)


def load_entities(path: Path | None = None) -> tuple[EntityRecord, ...]:
    """The validated entities of the gazetteer file (default `data/gazetteer.toml`)."""
    path = path or GAZETTEER_FILE
    return parse_entities(path.read_text(encoding="utf-8"), path.name)


def parse_endings(text: str, source: str = "ru_endings.txt") -> tuple[str, ...]:
    """Russian inflection endings, one a line ('#' comments), longest first; "" always last."""
    endings: list[str] = []
    problems: list[str] = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if not _CYRILLIC_ENDING.fullmatch(line):
            problems.append(f"line {number}: {line!r} is not a lowercase Russian ending")
        elif line in endings:
            problems.append(f"line {number}: {line!r} is listed twice")
        else:
            endings.append(line)
    if problems:
        raise GazetteerError(f"{source}: " + "; ".join(problems))
    return (*sorted(endings, key=len, reverse=True), "")


def load_endings(path: Path | None = None) -> tuple[str, ...]:
    """The Russian endings of `data/ru_endings.txt`, longest first, ending with ""."""
    path = path or ENDINGS_FILE
    return parse_endings(path.read_text(encoding="utf-8"), path.name)
