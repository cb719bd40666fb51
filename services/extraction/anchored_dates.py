"""An event placed at another event happens on that event's day.

"The agreement reached at the meeting of the commissions" with the meeting dated elsewhere
("the meeting was held on April 19"), "на полях встречи … примет" after "6 октября в Праге
начинается встреча": the agreement, the talks on the sidelines, take the meeting's day, not the
news day (guide, Dates: the date of the event, not of the report).
"""

from __future__ import annotations

import re

from .dates import DateMention
from .dating import SentenceTime
from .discourse import Draft

#: Kinds that can be placed at a meeting ("agreed at the summit", "met on its sidelines").
PLACED_KINDS = frozenset(
    {
        "AgreementSigned",
        "CeasefireAgreed",
        "PrisonerExchangeAgreed",
        "MeetingHeld",
        "MeetingAnnounced",
    }
)
_MEETINGS = frozenset({"MeetingHeld", "MeetingAnnounced"})

# "at the meeting", "on the sidelines of the summit", "по итогам встречи", "на полях саммита":
# a definite meeting the reader already knows, so one the text dates elsewhere
_AT_MEETING = {
    "en": re.compile(
        r"\b(?:at|during|following|on the (?:sidelines|margins) of|in the margins of)\s+"
        r"(?:the|this|that|their)\s+(?:[\w’'-]+\s+){0,3}?(?:meeting|summit|talks|session)\b",
        re.I,
    ),
    "ru": re.compile(
        r"(?<!\w)(?:на|в ходе|по итогам|на полях|по результатам|во время)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:встреч|саммит|переговор|заседани)\w*",
        re.I,
    ),
}
_MEETING_NOUN = {
    "en": re.compile(r"\b(?:meeting|summit|talks|session)\b", re.I),
    "ru": re.compile(r"(?:встреч|саммит|переговор|заседани)", re.I),
}
#: How many sentences back a dated meeting can be the one "the meeting" refers to.
REACH = 2
# dates that only say when the news came out, not when the event was
_FALLBACK = ("dateline", "publication", "inferred: the story's day")
_BORROWED = (*_FALLBACK, "inferred: narrative", "inferred: the meeting", "inferred: the doc")


def _open(d: Draft, today: str | None = None) -> bool:
    if d.kind not in PLACED_KINDS:
        return False
    if d.date is None:
        return not d.args.get("date")
    if today and d.kind != "MeetingAnnounced" and d.date.value[:10] > today:
        return True  # "agreed at the meeting ... to be signed by 15 May": a deadline, not its day
    return d.date.derivation.startswith(_FALLBACK)


def _own(d: Draft) -> bool:
    """The meeting fact's date was read from the text, not from the news day."""
    return d.date is not None and not d.date.derivation.startswith(_BORROWED)


def date_placed_events(
    facts: list[Draft],
    times: list[SentenceTime],
    text: str,
    language: str,
    today: str | None = None,
) -> None:
    """Give an event told "at the meeting" the day of that meeting: a meeting fact of the same
    sentence dated by the text, else the one day of a recent sentence naming a meeting. An
    event told as done cannot be later than the news day (`today`): such a date is a deadline
    set at the meeting, and the meeting's day replaces it."""
    at, noun = _AT_MEETING.get(language), _MEETING_NOUN.get(language)
    if at is None or noun is None or not times:
        return
    for d in facts:
        if not _open(d, today):
            continue
        # the sentence of the fact that places it at a meeting (a merged fact has several)
        placed = [
            k
            for k, t in enumerate(times)
            if any(a <= t.start < b for a, b in d.spans) and at.search(text[t.start : t.end])
        ]
        if not placed:
            continue
        index = placed[0]
        found = (
            _meeting_fact_day(facts, d)
            or _recent_meeting_day(times, index, text, noun)
            or _sole_meeting_day(facts, d)
        )
        if found is None:
            continue
        d.args["date"] = found.value
        d.date = DateMention(
            found.value, found.precision, "inferred: the meeting's day", -1, -1, False
        )


def _meeting_fact_day(facts: list[Draft], d: Draft) -> DateMention | None:
    for m in facts:
        if m is d or m.kind not in _MEETINGS or not _own(m) or m.date is None:
            continue
        if any(s in m.spans for s in d.spans) and m.date.precision == "day":
            return m.date
    return None


def _sole_meeting_day(facts: list[Draft], d: Draft) -> DateMention | None:
    """The one day the article gives its meetings: "the meeting" is that meeting."""
    days = {
        m.date.value: m.date
        for m in facts
        if m is not d and m.kind == "MeetingHeld" and _own(m) and m.date is not None
    }
    one = next(iter(days.values()), None)
    return one if len(days) == 1 and one is not None and one.precision == "day" else None


def _recent_meeting_day(
    times: list[SentenceTime], index: int, text: str, noun: re.Pattern[str]
) -> DateMention | None:
    for k in range(index - 1, max(-1, index - 1 - REACH), -1):
        t = times[k]
        if len(t.days) == 1 and noun.search(text[t.start : t.end]):
            return t.days[0]
    return None


# "this joint statement, including the release of prisoners", "в рамках достигнутой
# договоренности": the term sits in a document the article names
_DOCUMENT_NOUN = {
    "en": re.compile(r"\b(?:statement|agreement|deal|declaration|accord|document)s?\b", re.I),
    "ru": re.compile(r"(?:заявлени|соглашени|договоренност|договорённост|декларац)", re.I),
}
_DOCUMENTS = frozenset({"AgreementSigned", "CeasefireAgreed"})


def date_document_terms(
    facts: list[Draft], times: list[SentenceTime], text: str, language: str
) -> None:
    """A swap agreed as a term of a document the article dates ("issued a joint statement
    yesterday … the statement, including the release of prisoners") was agreed on the
    document's day, when the article dates its documents by one day only."""
    noun = _DOCUMENT_NOUN.get(language)
    if noun is None:
        return
    dated = [d.date for d in facts if d.kind in _DOCUMENTS and _own_day(d)]
    days = {x.value: x for x in dated if x is not None}
    if len(days) != 1:
        return
    day = next(iter(days.values()))
    for d in facts:
        if d.kind != "PrisonerExchangeAgreed" or not _open(d):
            continue
        told = [text[t.start : t.end] for t in times if any(a <= t.start < b for a, b in d.spans)]
        if any(noun.search(s) for s in told):
            d.args["date"] = day.value
            d.date = DateMention(day.value, "day", "inferred: the document's day", -1, -1, False)


def _own_day(d: Draft) -> bool:
    return _own(d) and d.date is not None and d.date.precision == "day"
