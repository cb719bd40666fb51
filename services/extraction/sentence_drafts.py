"""The sentence loop of extract_article: each sentence's drafts, found with the discourse
context (sources, speakers, people, dates) carried over from the sentences before it."""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import replace

from .agreement_parties import complete_sides
from .cues import clauses, has, roles, tense_of
from .dateline import find_dateline, find_dateline_place
from .dates import find_dates
from .dating import SentenceTime, recalls_the_past
from .discourse import Context, Draft
from .embedded_posts import post_authors
from .gazetteer import find_mentions
from .home_institutions import dateline_state, home_institutions
from .known_summits import known_summits
from .lexicon import lexicon
from .meeting_calls import note_call
from .meeting_lists import listed_meetings
from .meeting_paragraph_venues import Venue, venues_of
from .meeting_quotes import claim_quoted_meetings
from .meeting_refusals import refused_attendance
from .meeting_titles import article_word_keys, titles_as_states
from .models import ExtractionTimeout
from .next_day import REACH, next_day
from .offices import resolve_offices
from .rules import Clause, source
from .rules_agreements import agreements
from .rules_events import hostilities
from .rules_meetings import meetings
from .rules_peacekeepers import peacekeepers
from .rules_transfers import transfers
from .sentence_context import claim_previous, points_back, remember_sentence
from .speakers import on_record, speaker_name, speakers
from .surnames import named_in_full, remember_people, resolve_surnames
from .text import sentences
from .transfer_losses import admitted_losses, restored_sovereignty
from .transfer_sovereignty import sovereignty_taken
from .transfer_unnamed import name_unnamed, unnamed_transfers
from .unknown_people import with_unknown_people
from .verb_tense import nearest_verb_tense


def draft_sentences(
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
