"""Undated mentions of a known document take the document's date.

"a second war that ended in a Russian-brokered ceasefire", written after November 2020, is the
trilateral statement of 9 November 2020: the press names it by its broker, not its day. Only
facts with no date, or a date the document's own day refines ("in 2020"), are dated so.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from .dates import DateMention
from .discourse import Draft
from .lexicon import brokered_documents, document_signatories, document_terms, documents

FRESH_DAYS = 7  # a truce dated this close to the news is the article's own


def _fresh_truce(facts: list[Draft], published: dt.date) -> bool:
    """The article reports a truce of these days ("reached a ceasefire on Wednesday")."""
    days = [
        dt.date.fromisoformat(day)
        for d in facts
        if d.kind == "CeasefireAgreed" and isinstance(day := d.args.get("date"), str)
        if len(day) == 10
    ]
    return any(0 <= (published - day).days <= FRESH_DAYS for day in days)


def date_brokered_references(facts: list[Draft], published: dt.date) -> None:
    """An undated truce named by its broker after a known document is that document, unless
    the article reports a fresh truce: its undated headline copy is that one."""
    fresh = _fresh_truce(facts, published)
    for d in facts:
        for kind, mediator, day in brokered_documents():
            if d.kind != kind or d.args.get("mediator") != mediator:
                continue
            if fresh and not d.args.get("date"):
                continue
            if published < dt.date.fromisoformat(day):
                continue  # written before the document existed: some other truce
            current = str(d.args.get("date") or "")
            if current and not day.startswith(current):
                continue
            d.args["date"] = day
            signatories, _ = document_signatories(day)
            named = d.args.get("parties") or []
            if signatories and set(named if isinstance(named, list) else [named]) <= set(
                signatories
            ):
                d.args["parties"] = list(signatories)  # "Azerbaijan ... ended in a truce"
            d.date = DateMention(
                day, "day", "inferred: known document by its broker", -1, -1, False
            )


def date_known_terms(facts: list[Draft], published: dt.date, text: str = "") -> None:
    """An undated scheduled handover that a known document's terms set is dated by them; a
    deadline the text says was moved by N days ("delayed for 10 days", "отсрочка на 10 дней")
    is that deadline plus N days (the guide: one fact per deadline)."""
    for d in facts:
        if d.kind != "TerritoryTransferScheduled" or d.args.get("date"):
            continue
        for signed, territories, to, deadline in document_terms():
            if published < dt.date.fromisoformat(signed):
                continue
            if d.args.get("territory") in territories and d.args.get("to") in (to, None):
                shift = moved_by(text[a:b] for a, b in d.spans)
                day = (dt.date.fromisoformat(deadline) + dt.timedelta(days=shift)).isoformat()
                how = "inferred: known document's terms" + (", moved" if shift else "")
                d.args["date"] = day
                d.date = DateMention(day, "day", how, -1, -1, False)
                break


_DAYS_WORD = {"two": 2, "three": 3, "five": 5, "seven": 7, "ten": 10, "fifteen": 15}
_DAYS_WORD |= {"два": 2, "три": 3, "пять": 5, "семь": 7, "десять": 10, "пятнадцать": 15}
_NUMBER = r"(\d{1,2}|" + "|".join(_DAYS_WORD) + ")"
# "delayed for 10 days", "extended by 10 days", "10 more days", "продлён на 10 дней",
# "отсрочка на 10 дней", "ещё 10 дней": the deadline moves later by that many days
_MOVED = re.compile(
    r"\b(?:delayed|postponed|extended|pushed back|deferred)\s+(?:by|for)\s+"
    + _NUMBER
    + r"\s+days\b|\b"
    + _NUMBER
    + r"\s+more\s+days\b|(?:продл[её]н|продлил|отсрочк|отложен|перенес)\w*\s+"
    r"(?:[\w-]+\s+){0,3}?на\s+"
    + _NUMBER
    + r"\s+(?:дн|сут)\w*|ещ[её]\s+"
    + _NUMBER
    + r"\s+(?:дн|сут)\w*",
    re.I,
)


def moved_by(sentences: Iterable[str]) -> int:
    """How many days the sentences say a deadline was moved (0 when they do not)."""
    for sentence in sentences:
        m = _MOVED.search(sentence)
        if m:
            word = next(x for x in m.groups() if x).lower()
            return int(word) if word.isdigit() else _DAYS_WORD.get(word, 0)
    return 0


def one_document_one_fact(facts: list[Draft]) -> list[Draft]:
    """The README's rule: a statement that stopped the fighting is a CeasefireAgreed, not
    also an AgreementSigned. A signing dated the ceasefire's day (or another day of the same
    known document) is that ceasefire ("Документ подписали в ночь на вторник")."""
    days: set[str] = set()
    for d in facts:
        if d.kind == "CeasefireAgreed" and isinstance(d.args.get("date"), str):
            day = str(d.args["date"])
            days.add(day)
            days |= {x for _, xs in documents() for x in xs if day in xs}
    return [
        d
        for d in facts
        if not (d.kind == "AgreementSigned" and str(d.args.get("date") or "") in days)
    ]


def complete_known_documents(facts: list[Draft]) -> None:
    """A ceasefire dated on a known document's day is that document: it takes the mediator
    and parties the document names when the sentence left them out ("A complete ceasefire
    ... was introduced at 00:00 on 10 November 2020")."""
    for d in facts:
        if d.kind != "CeasefireAgreed" or not isinstance(d.args.get("date"), str):
            continue
        parties, mediator = document_signatories(str(d.args["date"]))
        if mediator and not d.args.get("mediator"):
            d.args["mediator"] = mediator
        if parties and not d.args.get("parties"):
            d.args["parties"] = list(parties)
