"""extract_article: validation, sentence loop with discourse context, merging."""

from __future__ import annotations

import datetime as dt
import math
import time
from dataclasses import replace

from .agreement_parties import complete_sides
from .anchored_dates import date_document_terms, date_placed_events
from .cues import clauses, has, roles, tense_of
from .dateline import find_dateline, find_dateline_place
from .dates import find_dates
from .dating import SentenceTime, date_quoted_relatives, fill_dates, recalls_the_past
from .discourse import Context, Draft, finish, merge
from .document_dates import (
    complete_known_documents,
    date_brokered_references,
    date_known_terms,
    one_document_one_fact,
)
from .embedded_posts import post_authors
from .fighting_folds import fold_retold_fighting, fold_unplaced_fighting
from .gazetteer import find_mentions
from .home_institutions import dateline_state, home_institutions
from .known_summits import known_summits
from .language import MAX_BYTES, detect_language, garbage_reason
from .lexicon import lexicon
from .meeting_calls import note_call
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
from .meeting_lists import listed_meetings
from .meeting_paragraph_venues import Venue, place_from_venues, venues_of
from .meeting_quotes import claim_quoted_meetings
from .meeting_refusals import refused_attendance
from .meeting_titles import article_word_keys, titles_as_states
from .meeting_venues import place_known_meetings
from .models import ExtractionRejected, ExtractionResult, ExtractionTimeout
from .news_folds import date_truce_terms, fold_news_dated, fold_withdrawals
from .next_day import REACH, next_day
from .offices import resolve_offices
from .prisoner_releases import keep_called_exchanges
from .rules import Clause, source
from .rules_agreements import agreements
from .rules_events import hostilities
from .rules_meetings import meetings
from .rules_peacekeepers import peacekeepers
from .rules_transfers import transfers
from .sentence_context import claim_previous, points_back, remember_sentence
from .signing_checks import date_lead_signings
from .speaker_officials import drop_headline_bodies
from .speakers import on_record, one_voice_back, speaker_name, speakers
from .statements import drop_headline_states, drop_recorded_speakers, drop_teaser_speakers
from .surnames import named_in_full, remember_people, resolve_surnames
from .text import sentences
from .thin_facts import drop_thin_facts
from .transfer_known import date_known_takings
from .transfer_losses import admitted_losses, restored_sovereignty
from .transfer_sovereignty import sovereignty_taken
from .transfer_unnamed import drop_covered, name_unnamed, unnamed_transfers
from .unknown_people import with_unknown_people
from .verb_tense import nearest_verb_tense
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
    drafts, times, anchor, has_dateline, named, venues = _run(text, published, detected, deadline)
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


def _run(
    text: str, published: dt.date, language: str, deadline: float
) -> tuple[list[Draft], list[SentenceTime], dt.date, bool, frozenset[str], list[Venue]]:
    lex = lexicon(language)
    ctx = Context()
    sents = sentences(text, language)
    dateline = find_dateline(text, published, language)
    anchor = dateline.date if dateline else published
    ctx.today = anchor.isoformat()
    home = dateline_state(dateline.place if dateline else find_dateline_place(text, language))
    times: list[SentenceTime] = []
    drafts: list[Draft] = []
    venues: list[Venue] = []
    cease_flags = [has(lex.ceasefire, s.tokens) for s in sents]
    ctx.ceasefire_topic = {i for i, flag in enumerate(cease_flags) if flag}
    mentioned = [  # a sentence over 400 tokens is not one: a table or a dump
        resolve_offices(roles(find_mentions(s.tokens, language), s.tokens), s.tokens, published)
        if len(s.tokens) <= 400
        else None
        for s in sents
    ]
    ctx.people = named_in_full([r for r in mentioned if r is not None])
    ctx.article_people = frozenset(
        r.name for found in mentioned if found for r in found if r.kind == "person"
    )
    for index, sent in enumerate(sents):
        if time.monotonic() > deadline:
            raise ExtractionTimeout(f"extraction exceeded its time limit at sentence {index}")
        sent_roles = mentioned[index]
        if sent_roles is None:
            continue
        sent_roles = resolve_surnames(
            ctx.people,
            home_institutions(
                sent.tokens, sent_roles, home, mentioned[index - 1] if index else None
            ),
            sent.tokens,
        )
        remember_people(ctx.people, sent_roles)
        tense = tense_of(sent.tokens, 0, len(sent.tokens), language)
        year = (
            ctx.year[2]
            if ctx.year and ctx.year[0] == sent.paragraph and index - ctx.year[1] <= 2
            else None
        )
        # "plan to meet on Sunday": a plan told in the present looks forward, like the future
        ahead = "futr" if tense != "past" and has(lex.planned, sent.tokens) else tense
        dates = find_dates(
            sent.text, sent.start, language, anchor, ahead, year, nearest_verb_tense(sent.tokens)
        )
        if not any(d.precision == "day" for d in dates):  # "The next day": after the last day
            dates += next_day(sent.text, sent.start, [d for t in times[-REACH:] for d in t.days])
        recalls = recalls_the_past(sent.tokens, lex.background) or any(
            d.precision != "day" for d in dates
        )
        # a paragraph that starts recalling the past goes on recalling it
        earlier = times[-1] if times and times[-1].paragraph == sent.paragraph else None
        times.append(
            SentenceTime(
                sent.paragraph,
                recalls or bool(earlier and earlier.background),
                tuple(d for d in dates if d.precision == "day"),
                sent.start,
                sent.end,
            )
        )
        whole = Clause(sent, index, 0, len(sent.tokens), sent_roles, dates, tense, lex, ctx)
        venues += venues_of(whole)
        with_unknown = with_unknown_people(sent.tokens, sent_roles, language)
        voices = speakers(replace(whole, roles=with_unknown))
        who = next((r for r in voices if r.kind == "person"), None)
        claimed, reporter = source(whole)
        if claimed:
            ctx.source, ctx.source_par = claimed, sent.paragraph
        elif sent.paragraph == ctx.source_par or (has(lex.report, sent.tokens) and not who):
            claimed = list(ctx.source)
        if reporter:
            ctx.reporter = reporter
        for voice in on_record(whole, voices):
            if voice.kind == "organisation" and voice.mention.entity.state:
                ctx.speaking_institution = voice
            name = speaker_name(voice)
            drafts.append(whole.draft("StatementMade", {"speaker": name}, "asserted"))
        for author in post_authors(sent.text) if language == "en" else ():
            drafts.append(whole.draft("StatementMade", {"speaker": author}, "asserted"))
        if who is not None:
            ctx.person_voice = who
            claim_quoted_meetings(drafts, sents, index, who.name)  # '“... me ...,” X said'
        if voices:
            ctx.speaker = speaker_name(voices[0])
            if not claimed:
                claimed = [speaker_name(voices[0])]
            if points_back(sent.tokens):
                claim_previous(drafts, index, claimed)
        found: list[Draft] = []
        cease_near = (
            (index + 1 < len(sents) and cease_flags[index + 1])
            or (index > 0 and cease_flags[index - 1])
            or cease_flags[index]
        )
        exclude = {n for n in (*claimed, who.name if who else "") if n}
        for lo, hi in clauses(sent.tokens, lex.clause_breaks):
            c = Clause(
                sent,
                index,
                lo,
                hi,
                sent_roles,
                dates,
                tense_of(sent.tokens, lo, hi, language) or tense,
                lex,
                ctx,
            )
            found += known_summits(  # "the Prague meeting": who, where and when are known
                c,
                meetings(c, who.name if who else None, claimed)
                or listed_meetings(c)
                or refused_attendance(c),
            )
            found += agreements(c, cease_near, exclude)
            found += peacekeepers(c)
            found += hostilities(c)
        found += (
            transfers(whole, language, claimed)
            or admitted_losses(whole, claimed)
            or restored_sovereignty(whole)
            or sovereignty_taken(whole, claimed)
            or unnamed_transfers(whole, language, claimed)
        )
        for d in found:
            d.reported_by = ctx.reporter
            if not d.claimed_by and claimed:
                d.claimed_by = list(claimed)
        remember_sentence(ctx, found, sent_roles, dates, index, sent.paragraph)
        note_call(ctx, sent.tokens, index)  # "During the talks" next: the call, no meeting
        named = [r.name for r in sent_roles if r.kind == "person" and not r.absorbed]
        if named:
            ctx.last_people = list(dict.fromkeys(named))  # "The two leaders met ..." next
        drafts += found
    complete_sides(drafts, ctx.states_seen)
    name_unnamed(drafts, sents, mentioned)  # "23 villages. Речь идёт о сёлах X района"
    titles_as_states(drafts, article_word_keys(sents))
    article_names = frozenset(r.name for found in mentioned if found for r in found)
    return drafts, times, anchor, dateline is not None, article_names, venues
