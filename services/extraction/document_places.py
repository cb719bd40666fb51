"""A recurring document named by its summit's place and day.

"After the meeting in Prague on October 6, the leaders reaffirmed their commitment to ...",
"заявление принято по итогам встречи 6 октября 2022 года в Праге": the commitments a sentence
tells of a summit known by its place and day (data/recurring_documents.toml, `place`) are that
summit's document, a background AgreementSigned (the README: background facts count; the guide:
"agreed to recognize each other's territorial integrity" is an agreement). Its parties are the
document's signatories the sentence names, else all of them.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from .discourse import Draft
from .rules import Clause

_DATA = Path(__file__).parent / "data" / "recurring_documents.toml"
# a commitment, agreement or statement told of the summit
_COMMITTED = re.compile(
    r"reaffirm|confirm|agree|commit|statement|declaration|"
    r"подтверд|договор|заявлени|обязательств|соглашени|деклараци",
    re.I,
)
NEAR = 40  # characters between the place and the day: "in Prague on October 6"


@lru_cache(maxsize=1)
def summit_documents() -> tuple[tuple[str, str, re.Pattern[str], tuple[str, ...]], ...]:
    """(kind, day, place pattern, parties) of the documents known by their summit's place."""
    data = tomllib.loads(_DATA.read_text(encoding="utf-8"))
    return tuple(
        (
            d["kind"],
            d["days"][0],
            re.compile(r"\b(?:" + d["place"] + r")", re.I),
            tuple(d["parties"]),
        )
        for d in data["document"]
        if d.get("place")
    )


def placed_documents(c: Clause, out: list[Draft]) -> list[Draft]:
    """The documents the clause names by their summit's place and day, beyond `out`."""
    today = c.ctx.today or ""
    if not _COMMITTED.search(c.sent.text):
        return []
    base = c.sent.start
    lo, hi = c.tokens[c.lo].start - base, c.tokens[c.hi - 1].end - base
    have = {(d.kind, str(d.args.get("date") or "")) for d in out}
    named = {r.state or r.name for r in c.roles}
    found: list[Draft] = []
    for kind, day, place, parties in summit_documents():
        if day >= today or (kind, day) in have:
            continue
        for m in place.finditer(c.sent.text, lo, hi):
            dates = [
                d
                for d in c.dates
                if d.precision == "day"
                and d.value[5:] == day[5:]
                and (d.value == day or not d.explicit_year)
                and abs(d.start - base - m.start()) <= NEAR
            ]
            if dates:
                sides = [p for p in parties if p in named]
                args: dict[str, str | list[str] | None] = {
                    "parties": sides if len(sides) >= 2 else list(parties)
                }
                when = replace(dates[0], value=day, derivation="inferred: a summit's document")
                found.append(c.draft(kind, args, "referenced", when))
                have.add((kind, day))
                break
    return found
