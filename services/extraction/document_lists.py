"""A list of dates under one document noun names one document per date.

Coordination: "заявления лидеров от 9 ноября 2020 года, 11 января, 26 ноября 2021 года" are
three documents, "the November 9 and January 11 trilateral statements" two. Each date of such a
list that is a recurring document's day (data/recurring_documents.toml) is that document, a
background fact of its own (the README: background facts count; one document, one fact). A
year-less item takes the year of the next item that has one (Russian shares the year
backwards: "11 января, 26 ноября 2021 года"), else the year of the recurring document of that
day before the article; a month alone ("января и ноября 2021 г.") names the document of that
month, dated by the month as the text dates it.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

from .dates import DateMention
from .discourse import Draft
from .rules import Clause

_DATA = Path(__file__).parent / "data" / "recurring_documents.toml"

_RU = ["янв", "фев", "мар", "апр", "ма", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"]
_EN = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_MONTH = (
    r"(?P<m>(?:янв|фев|мар|апр|ма[яй]|июн|июл|авг|сен|окт|ноя|дек)[а-я]*"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)"
)
# "9 ноября 2020 года", "November 9, 2020", "9 November 2020", "января", "January 2021"
_ITEM = (
    r"(?:(?P<d1>\d{1,2})\s+)?" + _MONTH + r"(?:\s+(?P<d2>\d{1,2})(?![\d:]))?"
    r"(?:,?\s+(?P<y>(?:19|20)\d\d)(?:\s*(?:года|год|г\.?))?)?"
)
_ITEM_RE = re.compile(_ITEM, re.I)
_SEP = r"\s*(?:,\s*|\s(?:and|и|as well as|а также)\s+|,\s*(?:and|и)\s+)\s*"
_PLAIN = re.sub(r"\(\?P<\w+>", "(?:", _ITEM)  # the item without its group names
_LIST_RE = re.compile(r"\b" + _PLAIN + r"(?:" + _SEP + _PLAIN + r")+", re.I)
# a document noun, near the list: before it ("заявлений от ...") or after ("... statements")
_NOUN = re.compile(
    r"(?:statement|agreement|declaration|document|accord|deal|protocol|"
    r"заявлени|соглашени|договор[её]нност|декларац|документ|протокол)",
    re.I,
)
REACH = 80  # characters between the noun and the list's edge
# the words joining a document noun to its dates: "от", "of", "dated", "signed (on)"
_OF = re.compile(r"(?:\bот|\bof|\bdated|\bsigned(?:\s+on)?|подписанн\w*|принят\w*)\s*$", re.I)


@lru_cache(maxsize=1)
def recurring_documents() -> tuple[tuple[str, tuple[str, ...], tuple[str, ...], str | None], ...]:
    """(kind, days, parties, mediator) of the recurring documents."""
    data = tomllib.loads(_DATA.read_text(encoding="utf-8"))
    return tuple(
        (d["kind"], tuple(d["days"]), tuple(d.get("parties", [])), d.get("mediator"))
        for d in data["document"]
    )


def _month(word: str) -> int | None:
    w = word.lower()
    for k, (ru, en) in enumerate(zip(_RU, _EN, strict=True)):
        if w.startswith(ru) or w.startswith(en):
            return k + 1
    return None


def _items(text: str) -> list[tuple[int | None, int, int | None, int, int]]:
    """(day, month, year, start, end) of each item of a list."""
    out = []
    for m in _ITEM_RE.finditer(text):
        month = _month(m.group("m"))
        if month is None:
            continue
        day = m.group("d1") or m.group("d2")
        year = m.group("y")
        out.append((int(day) if day else None, month, int(year) if year else None, *m.span()))
    return out


def _resolve(
    items: list[tuple[int | None, int, int | None, int, int]], today: str
) -> list[tuple[str, int, int]]:
    """ISO values of the items: a year-less item takes the next item's year, else the year of
    the recurring document of that day (month) before `today`."""
    out: list[tuple[str, int, int]] = []
    for k, (day, month, year, start, end) in enumerate(items):
        later = next((y for _, _, y, _, _ in items[k:] if y), None)
        key = f"{month:02d}-{day:02d}" if day else f"{month:02d}"
        if year is None and later is not None:
            year = later
        if year is None:
            known = sorted(
                x
                for _, days, _, _ in recurring_documents()
                for x in days
                if x[5:].startswith(key) and x < today
            )
            if not known:
                continue
            year = int(known[-1][:4])
        out.append((f"{year}-{key}", start, end))
    return out


def listed_documents(c: Clause, out: list[Draft]) -> list[Draft]:
    """The recurring documents a date list in the clause names, beyond those in `out`."""
    today = c.ctx.today or ""
    base = c.sent.start
    text = c.sent.text[c.tokens[c.lo].start - base : c.tokens[c.hi - 1].end - base]
    offset = c.tokens[c.lo].start
    have = {(d.kind, str(d.args.get("date") or "")) for d in out}
    found: list[Draft] = []
    for lst in _LIST_RE.finditer(text):
        before = text[max(0, lst.start() - REACH) : lst.start()]
        after = " ".join(text[lst.end() : lst.end() + REACH].split()[:2])
        named_after = bool(_NOUN.search(after))  # "the November 9 and January 11 statements"
        named_before = bool(_NOUN.search(before) and _OF.search(before))  # "заявления от ..."
        if not (named_after or named_before):
            continue  # the list dates something else ("met on November 9 and January 11")
        values = _resolve(_items(lst.group(0)), today)
        days = {x for _, xs, _, _ in recurring_documents() for x in xs}
        if not any(v in days for v, _, _ in values):
            continue  # a list naming no recurring document by its day is another list
        for value, start, end in values:
            for kind, xs, parties, mediator in recurring_documents():
                if not any(x.startswith(value) for x in xs) or xs[0] >= today:
                    continue
                if any((kind, x) in have for x in xs) or (kind, value) in have:
                    continue
                precision = "day" if len(value) == 10 else "month"
                where = offset + lst.start() + start, offset + lst.start() + end
                date = DateMention(value, precision, "explicit: a listed document", *where, False)
                args: dict[str, str | list[str] | None] = {"parties": list(parties) or None}
                if mediator:
                    args["mediator"] = mediator
                found.append(c.draft(kind, args, "referenced", date))
                have.add((kind, value))
                break
    return found
