"""Dates for facts whose own sentence gives none: the narrative's date, or the news day.

A paragraph that just dated an event keeps that date for the next sentence or two ("On 13
September ... The shelling hit Jermuk"). A fact told as news in a sentence with no sign of
background ("ранее", "earlier", "in 2020") happened on the dateline's day, else on the
publication day, which is how analysts date such reports.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from .cues import cue_positions
from .dates import DateMention
from .discourse import Draft
from .lexicon import Cue, word_list
from .text import Token
from .week_days import date_week_days

#: Kinds whose date is when something happened (a plan's date is the plan's, not today's).
NEWS_KINDS = frozenset(
    {
        "MeetingHeld",
        "HostilitiesReported",
        "CeasefireAgreed",
        "AgreementSigned",
        "PrisonersExchanged",
        "PrisonerExchangeAgreed",
        "TerritoryTransferred",
        "PeacekeepersDeployed",
        "PeacekeepersWithdrawn",
    }
)


@dataclass(frozen=True, slots=True)
class SentenceTime:
    """What a sentence tells about time: its paragraph, a background cue, its day dates."""

    paragraph: int
    background: bool
    days: tuple[DateMention, ...]
    start: int = 0  # the sentence's offsets in the article
    end: int = 0


def _narrative(times: list[SentenceTime], index: int) -> DateMention | None:
    here = times[index]
    for back in (1,):
        k = index - back
        if k < 0 or times[k].paragraph != here.paragraph:
            return None
        if times[k].days:
            return times[k].days[-1]
    return None


def _story_day(times: list[SentenceTime], anchor: dt.date) -> DateMention | None:
    """The day the lead tells of ("opened talks in Washington on Tuesday"), when it is one of
    the few days before the news day: the rest of the report goes on about that day."""
    for t in times[:LEAD_SENTENCES]:
        if t.background or not t.days:
            continue
        day = dt.date.fromisoformat(t.days[0].value)
        return t.days[0] if 0 < (anchor - day).days <= 3 else None
    return None


#: How many sentences (headline, dateline and lead) can set the story's day.
LEAD_SENTENCES = 4


def fill_dates(
    facts: list[Draft], times: list[SentenceTime], anchor: dt.date, dateline: bool
) -> None:
    """Give undated news facts the narrative date or the news day (derivation says which)."""
    date_week_days(facts, times, anchor)  # "later this week ... on March 7"
    for d in facts:
        if d.kind not in NEWS_KINDS or d.args.get("date") or not times:
            continue
        if d.modality == "referenced":
            continue  # an agreement named in passing is not today's news
        index = min(d.sentence, len(times) - 1)
        found = _narrative(times, index)
        if found is not None:
            d.args["date"] = found.value
            d.date = DateMention(
                found.value, found.precision, "inferred: narrative date", -1, -1, False
            )
            continue
        if times[index].background:
            continue
        lead = _story_day(times, anchor)
        if lead is not None and index > 0:
            d.args["date"] = lead.value
            d.date = DateMention(lead.value, "day", "inferred: the story's day", -1, -1, False)
            continue
        how = "dateline" if dateline else "publication: the day the news was published"
        d.args["date"] = anchor.isoformat()
        d.date = DateMention(anchor.isoformat(), "day", how, -1, -1, False)


def recalls_the_past(tokens: tuple[Token, ...], background: Cue) -> bool:
    """A background cue, unless it only says the news was reported before ("ранее
    сообщалось, что ...": the event itself is recent news)."""
    # "as reported earlier", "said earlier": the background word inside the phrase is excused
    longest = max((len(p) if isinstance(p, tuple) else 1 for p in _recent_reports()), default=1)
    starts = cue_positions(_recent_reports(), tokens)
    recent = {i + k for i in starts for k in range(longest)}
    return any(i not in recent for i in cue_positions(background, tokens))


@lru_cache(maxsize=1)
def _recent_reports() -> Cue:
    return frozenset(tuple(w.split()) if " " in w else w for w in word_list("recent_reports"))


def date_quoted_relatives(
    facts: list[Draft], times: list[SentenceTime], anchor: dt.date, text: str
) -> None:
    """ "“Today we agreed on a statement,” he said after the talks on Monday": a relative word
    inside a direct quotation counts from the day the words were spoken, the story's day the
    lead tells, not from the later news day."""
    lead = _story_day(times, anchor)
    if lead is None:
        return
    shift = dt.date.fromisoformat(lead.value) - anchor
    for d in facts:
        told = d.date
        if told is None or told.start < 0 or not told.derivation.startswith("relative:"):
            continue
        if told.precision != "day" or not _quoted(text, told.start):
            continue
        day = (dt.date.fromisoformat(told.value) + shift).isoformat()
        d.args["date"] = day
        d.date = DateMention(
            day, "day", told.derivation + ", in a quote", told.start, told.end, False
        )


def _quoted(text: str, at: int) -> bool:
    """Is the offset inside quotation marks opened earlier on its line?"""
    line = text[text.rfind("\n", 0, at) + 1 : at]
    opened = line.count("“") + line.count("«") - line.count("”") - line.count("»")
    return opened > 0 or line.count('"') % 2 == 1
