"""extract_article: validation, the sentence loop (sentence_drafts.py), then merging and the
article-wide passes that date, fold and drop the drafts."""

from __future__ import annotations

import datetime as dt
import math
import time

from .anchored_dates import date_document_terms, date_placed_events
from .dating import date_quoted_relatives, fill_dates
from .discourse import Draft, finish, merge
from .document_dates import (
    complete_known_documents,
    date_brokered_references,
    date_known_terms,
    one_document_one_fact,
)
from .fighting_folds import fold_retold_fighting, fold_unplaced_fighting
from .language import MAX_BYTES, detect_language, garbage_reason
from .meeting_classes import drop_class_refusals
from .meeting_context import (
    drop_held_that_did_not_happen,
    drop_plans_of_todays_meeting,
    share_meeting_details,
)
from .meeting_denials import complete_denials
from .meeting_folds import fold_partial_meetings
from .meeting_hosts import add_format_hosts, add_venue_hosts
from .meeting_leaders import leaders_for_states
from .meeting_paragraph_venues import place_from_venues
from .meeting_venues import place_known_meetings
from .models import ExtractionRejected, ExtractionResult
from .news_folds import date_truce_terms, fold_news_dated, fold_withdrawals
from .prisoner_releases import keep_called_exchanges
from .sentence_drafts import draft_sentences
from .signing_checks import date_lead_signings
from .speaker_officials import drop_headline_bodies
from .speakers import one_voice_back
from .statements import drop_headline_states, drop_recorded_speakers, drop_teaser_speakers
from .thin_facts import drop_thin_facts
from .transfer_known import date_known_takings
from .transfer_unnamed import drop_covered
from .warm_up import warm_up
from .year_refinement import refine_years

EXTRACTOR_NAME = "factstream-rules"
EXTRACTOR_VERSION = "2.31.0"


def _result(language: str, facts: list[Draft], text: str, reason: str | None) -> ExtractionResult:
    return ExtractionResult(
        language=language,
        facts=[finish(d, text) for d in facts],
        reason=reason,
        extractor=EXTRACTOR_NAME,
        extractor_version=EXTRACTOR_VERSION,
    )


def extract_article(
    text: str, published: dt.date, language: str | None = None, *, time_limit_s: float = 10.0
) -> ExtractionResult:
    """Extract facts from one article. See docs/extraction.md for the contract.

    Raises ExtractionRejected for empty text, text over 2 MB or a publication date that is
    not a date; ExtractionTimeout past `time_limit_s` of the article's own work (one-time
    loading of the lexicons is not counted). Other unusable input (another language, binary
    data) gives zero facts and a `reason`.
    """
    if not isinstance(text, str) or not text.strip():
        raise ExtractionRejected("empty text")
    if len(text.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        raise ExtractionRejected(f"text exceeds {MAX_BYTES} bytes")
    if not isinstance(published, dt.date):
        raise ExtractionRejected("publication date is missing or not a date")
    text = text.replace("\r\n", "\n")
    reason = garbage_reason(text)
    if reason:
        return _result(language or "unknown", [], text, reason)
    detected = detect_language(text, language)
    if language is not None and language not in ("ru", "en"):
        return _result(language, [], text, f"unsupported language {language!r}")
    if detected is None:
        return _result(language or "unknown", [], text, "text is not Russian or English")
    if language is not None and language != detected:
        return _result(
            language, [], text, f"text is in {detected!r}, not the declared {language!r}"
        )
    warm_up(detected, lambda sample, lang: _facts(sample, published, lang, math.inf))
    facts = _facts(text, published, detected, time.monotonic() + time_limit_s)
    return _result(detected, facts, text, None if facts else "no facts found")


def _facts(text: str, published: dt.date, detected: str, deadline: float) -> list[Draft]:
    drafts, times, anchor, has_dateline, named, venues = draft_sentences(
        text, published, detected, deadline
    )
    recalled = {k for k, t in enumerate(times) if t.background}
    date_lead_signings(drafts, anchor, has_dateline, recalled)  # before folding mentions
    facts = merge(one_voice_back(drafts))
    share_meeting_details(facts)
    refine_years(facts, text, detected, published)  # "in 2020 ... in December"
    fill_dates(facts, times, anchor, has_dateline)
    date_quoted_relatives(facts, times, anchor, text)
    date_placed_events(facts, times, text, detected, anchor.isoformat())  # its meeting's day
    date_document_terms(facts, times, text, detected)  # a swap in the statement: its day
    date_brokered_references(facts, published)  # what stays undated is background
    date_known_terms(facts, published, text)
    date_known_takings(facts, published)
    facts = drop_covered(facts)
    complete_known_documents(facts)
    date_truce_terms(facts)  # a swap agreed as a term of the truce recalled (evt2)
    # facts dated only now, or joined by their host, may turn out to be one
    facts = merge(add_venue_hosts(place_known_meetings(facts), named))
    facts = place_from_venues(facts, venues)  # a venue told elsewhere in the paragraph
    facts = complete_denials(fold_news_dated(fold_partial_meetings(facts), anchor.isoformat()))
    facts = fold_retold_fighting(fold_unplaced_fighting(facts))  # one episode told again
    facts = fold_withdrawals(keep_called_exchanges(facts, text))
    facts = drop_plans_of_todays_meeting(facts, anchor.isoformat())
    facts = drop_held_that_did_not_happen(facts, anchor.isoformat())
    # a format's hosts join its plans, and leaders replace their states beside a host, only now:
    # a held meeting called off is matched first
    facts = merge(add_format_hosts(leaders_for_states(facts, named), named))
    facts = one_document_one_fact(facts)
    plans = facts  # the announcer of a plan too thin to store still announced it (spk24)
    facts = drop_thin_facts(facts, text, detected)
    facts = drop_headline_states(drop_recorded_speakers(facts, text, plans), text)
    facts = drop_headline_bodies(facts, text, detected)  # "В ОДКБ призвали" and its official
    facts = drop_class_refusals(facts)  # "any talks that ...": a denier's voice, no meeting
    return drop_teaser_speakers(facts, text)
