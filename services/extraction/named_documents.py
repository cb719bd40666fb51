"""Each known document a clause names by its date is a fact (the README: background facts
count; one document, one fact).

A date names a document when the clause says so ("заявление от 9 ноября", "the November 9
statement", "signed on", Clause._document) or when it is listed with such a date
(coordination: "заявлений от 9 ноября 2020 года, 11 января, 26 ноября 2021 года", "the November
9 and January 11 trilateral statements"); the date finder gives a list's items their shared
year. A date that is a known document's day (lexicon `[[document]]`) names that document; a
year-less day names the latest known document of that day before the article, a month the
known document of that month, dated by the month as the text dates it.
"""

from __future__ import annotations

from dataclasses import replace

from .date_mention_regexes import EN_DOCUMENT_DATE_AFTER
from .dates import LIST_JOIN, DateMention
from .discourse import Draft
from .lexicon import document_signatories, documents
from .rules import Clause


def _lists(c: Clause) -> list[list[DateMention]]:
    """The clause's dates, grouped into lists of dates joined by commas or "and"."""
    lo, hi, base = c.tokens[c.lo].start, c.tokens[c.hi - 1].end, c.sent.start
    groups: list[list[DateMention]] = []
    for d in sorted((d for d in c.dates if lo <= d.start < hi), key=lambda d: d.start):
        prev = groups[-1][-1] if groups else None
        if prev is not None and LIST_JOIN.fullmatch(c.sent.text[prev.end - base : d.start - base]):
            groups[-1].append(d)
        else:
            groups.append([d])
    return groups


def _names_documents(c: Clause, items: list[DateMention]) -> bool:
    """One item is a document's date, or the list stands before a document noun."""
    after = c.sent.text[items[-1].end - c.sent.start :]
    return any(c._document(d) for d in items) or bool(EN_DOCUMENT_DATE_AFTER.match(after))


def named_document(d: DateMention, today: str) -> tuple[str, DateMention, frozenset[str]] | None:
    """The known document signed before `today` that the date names: (kind, date, its days)."""
    # a month alone names the signed statement of that month (truces go by their day)
    for kind, days in sorted(documents(), key=lambda k: k[0] != "AgreementSigned"):
        before = sorted(x for x in days if x < today)
        if d.value in before or (d.precision == "month" and any(x[:7] == d.value for x in before)):
            return kind, d, days
    if d.explicit_year or d.precision != "day":
        return None
    # "the November 9 statement" in a 2023 text: the year is the document's
    known = sorted(
        (x, kind, days) for kind, days in documents() for x in days if x[4:] == d.value[4:]
    )
    known = [k for k in known if k[0] < today]
    if not known:
        return None
    day, kind, days = known[-1]
    return kind, replace(d, value=day, derivation="inferred: a known document's day"), days


def _named(c: Clause, taken: set[str], listed: bool) -> list[tuple[str, DateMention, set[str]]]:
    """(kind, date, days) of each known document the clause names by its date, beyond those of
    the days `taken`; `listed`: only those named in a list of two dates or more."""
    today = c.ctx.today or "9999"
    out: list[tuple[str, DateMention, set[str]]] = []
    for items in _lists(c):
        if (listed and len(items) < 2) or not _names_documents(c, items):
            continue
        for d in items:
            found = named_document(d, today) if len(items) > 1 or c._document(d) else None
            if found is not None and not found[2] & taken:
                out.append((found[0], found[1], set(found[2])))
                taken |= found[2]
    return out


def further_documents(c: Clause, first: DateMention | None) -> list[tuple[str, DateMention]]:
    """ "the 9 November 2020 statement ... as well as the 11 January 2021 document": each known
    document the clause names by its date, beyond the one it reports (`first`)."""
    taken = {x for _, xs in documents() for x in xs if first is not None and first.value in xs}
    return [(kind, d) for kind, d, _ in _named(c, taken, False)]


def listed_documents(c: Clause, out: list[Draft]) -> list[Draft]:
    """`out` with the known documents a list of dates in the clause names: one named by a month
    takes the place of a fact of its kind dated by the same item (it has its own signatories)."""
    named = {(kind, d.start) for kind, d, days in _named(c, set(), True) if d.value not in days}
    out = [d for d in out if not (d.date and (d.kind, d.date.start) in named)]
    have = {(d.kind, d.args.get("date")) for d in out}
    taken = {x for kind, xs in documents() if any((kind, x) in have for x in xs) for x in xs}
    return out + [document_draft(c, kind, day) for kind, day, _ in _named(c, taken, True)]


def document_draft(c: Clause, kind: str, day: DateMention) -> Draft:
    """A known document named by its date (day or month): a background fact with its own
    signatories."""
    full = min((x for k, xs in documents() if k == kind for x in xs if x.startswith(day.value)))
    sides, by = document_signatories(full)
    args = {"parties": sides or None, **({"mediator": by} if by else {})}
    return c.draft(kind, args, "referenced", day)
