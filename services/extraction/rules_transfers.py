"""Territory changing hands: handovers (done or scheduled) and captures.

Roles come from the grammar around the verb, not from word order alone: "X handed T to Y",
"T was handed over by X", "Y's army entered T", "T came under Y's control"; in Russian the
dative names the receiver ("передал Азербайджану"), the nominative agent of "передать" the
giver, and "под контроль X" the new holder. A region is a territory only as the verb's
object ("control of Nagorno-Karabakh"), never as a landmark ("adjacent to Karabakh").
"""

from __future__ import annotations

from . import transfer_words
from .clause_guards import negated
from .cues import Role, cue_positions
from .dates import DateMention
from .discourse import Draft
from .lexicon import role_names, word_list
from .rules import Clause
from .transfer_anniversaries import anniversary_date
from .transfer_document_dates import documents_date
from .transfer_doubts import (
    attributive,
    attributive_handover,
    destination,
    under_attack,
    unvouched,
)
from .transfer_holders import dates_the_holding, former_holder
from .transfer_lists import one_per_list
from .transfer_owners import retaken_by_owner, returns_own, to_own_control
from .transfer_relatives import relative_transfers, without_dates_in
from .transfer_roles import (
    agent_after,
    agent_before,
    by_agent,
    claimant_side,
    gerund_subject,
    giver_of,
    implied_receiver,
    nominal,
    other_side,
    receiver_of,
    side_takes,
    taken_by_a_state,
)
from .transfer_secession import secessions
from .transfer_terms import (
    agreed_to,
    done_form,
    implicative,
    object_colon,
    past_clause_after,
    schedule_phrase,
    terms_told,
)
from .transfer_territories import (
    inverted_control,
    participial,
    pronoun_territory,
    relative_leaving,
    relative_object,
)
from .transfer_territories import territories as _territories
from .transfer_words import denied

PEOPLE_REACH = 6  # tokens between a handover verb and the prisoners it hands over


def _phrases(key: str) -> frozenset[str | tuple[str, ...]]:
    return frozenset(tuple(w.split()) if " " in w else w for w in transfer_words.words(key))


def _leaving(c: Clause) -> list[int]:
    """Where a side leaves ("must leave", "withdraw from", "покинуть"): a handover, in terms."""
    words = word_list("leave_words") | transfer_words.words("leave_more")
    cue = frozenset(tuple(w.split()) if " " in w else w for w in words)
    return cue_positions(cue, c.tokens, c.lo, c.hi)


def _relays(c: Clause, i: int) -> bool:
    """ "передает ТАСС", "как передает РИА Новости": a news outlet relaying, not a handover."""
    if i > 0 and c.tokens[i - 1].lower == "как" and c.tokens[i].lemma == "передавать":
        return True  # "Как передает Armiya.az": an outlet the gazetteer does not know
    return any("media" in r.mention.entity.flags and abs(r.mention.first - i) <= 2 for r in c.roles)


def _segment(c: Clause, pos: int) -> int:
    """Which comma-separated stretch of the sentence a character offset falls in."""
    return sum(1 for t in c.tokens if t.text in (",", ";") and t.start < pos)


def _date_for(c: Clause, t: Role, postponed_at: int | None) -> DateMention | None:
    marked = anniversary_date(c, t)  # "the anniversary of the liberation of Hadrut"
    if marked is not None:
        return marked
    cands = [d for d in c.dates if not c._document(d) and not documents_date(c, d, t.mention.start)]
    if postponed_at is not None:
        pos = c.tokens[postponed_at].start
        later = [d for d in cands if d.start > pos]
        if later:
            return later[0]
    own = [d for d in cands if _segment(c, d.start) == _segment(c, t.mention.start)]
    cands = own or cands
    if not cands:
        return None
    # "Kalbajar (by 15 November) and Lachin (by 1 December)": a date right after the
    # territory, before the next place, is its own
    nxt = min((r.mention.start for r in c.roles if r.mention.start > t.mention.end), default=None)
    after = [d for d in cands if d.start > t.mention.end and (nxt is None or d.start < nxt)]
    if after:
        return after[0]
    return min(cands, key=lambda d: abs(d.start - t.mention.start))


def _places_of(
    c: Clause, v: int, language: str, handover: list[int], capture: list[int]
) -> tuple[bool, list[Role]]:
    """Whether the verb at v tells terms still to come, and the places it moves."""
    # Russian terms are told in the present ("Армения возвращает Азербайджану район")
    scheduled = (
        terms_told(c)
        or (language == "ru" and c.tense == "pres" and bool(handover))
        or agreed_to(c, v)
    )
    # a schedule lists territories with their deadlines; a report names one near its verb
    # terms name the territory as the subject, far before "должны быть возвращены"
    subject_moves = c.tokens[v].lemma in word_list("territory_subject_verbs")
    back = 18 if scheduled else (14 if subject_moves else 8)
    reach = 24 if scheduled else 12
    if scheduled and any(t.text == ":" for t in c.tokens[v : c.hi]):
        reach = c.hi - v  # "... according to the following schedule: by November 20 – Aghdam"
    elif object_colon(c, v):
        reach = c.hi - v  # "liberated the territories occupied by Armenia: A, B, C and D"
    territories = _territories(c, v, reach, back)
    if not territories and capture:
        territories = pronoun_territory(c, v)
    return scheduled, territories or relative_object(c, v)


def transfers(c: Clause, language: str, claimed: list[str] | None = None) -> list[Draft]:
    """The sentence's transfers: each relative clause after a place its own (see
    transfer_relatives), then the main verbs' without the relative clauses' dates."""
    own, spans, told = relative_transfers(c, language, _places_of)
    main = _transfers(without_dates_in(c, spans) if spans else c, language, claimed, told)
    same = {(d.args.get("territory"), d.args.get("to")) for d in main}
    main += [d for d in own if (d.args.get("territory"), d.args.get("to")) not in same]
    told_from = {(d.args.get("territory"), d.args.get("from")) for d in main}
    return main + [
        d for d in secessions(c) if (d.args["territory"], d.args["from"]) not in told_from
    ]


def _transfers(c: Clause, language: str, claimed: list[str] | None, told: set[int]) -> list[Draft]:
    lex = c.lex
    handover = [i for i in c.at(lex.transfer) if not negated(c, i) and not _relays(c, i)]
    handover = [i for i in handover if i not in told]
    handover = [i for i in handover if not under_attack(c, i) and not destination(c, i)]
    handover = [i for i in handover if not attributive(c, i) and not attributive_handover(c, i)]
    left = False
    capture = [i for i in c.at(lex.capture) + inverted_control(c) if not negated(c, i)]
    capture = [i for i in capture if i not in told]
    capture = [i for i in capture if not attributive(c, i)]
    # "переходит под контроль" happens on the day it names ("со среды, 25 ноября"); undated,
    # the present describes settlements still passing, not yet moved
    capture = [i for i in capture if c.tokens[i].lemma != "переходить" or c.dates]
    handover = [i for i in handover if i not in capture]  # "вернул под свой контроль": took
    # "Azerbaijan returned Nagorno-Karabakh under its control": a return to oneself is a taking
    regained = [i for i in handover if to_own_control(c, i)]
    handover = [i for i in handover if i not in regained]
    capture = sorted(capture + regained)
    if not (handover or capture) and not c.has(lex.peacekeepers):
        # "Armenian forces must leave the Lachin district by 1 December"; troops that left
        # ("Armenian troops withdrew from Agdam") handed it over, people who left did not
        handover = _leaving(c) if terms_told(c) or c.has(lex.units) else []
        handover = handover or (relative_leaving(c) if c.has(lex.units) else [])
        left = bool(handover)
    hypothetical = [i for i in c.at(lex.hypothetical) if not schedule_phrase(c, i)]
    # "would rebuild the region after troops left it": a modal governs its own verb, not a
    # verb of a time clause after it, whose own tense then tells done or to come
    modal_count = len(hypothetical)
    hypothetical = [h for h in hypothetical if not past_clause_after(c, h, handover + capture)]
    time_clause = len(hypothetical) < modal_count
    if (
        not (handover or capture)
        or c.has(lex.attempt)
        or hypothetical
        or denied(c, handover + capture)
        or unvouched(c, handover + capture)
    ):
        return []
    # prisoners, maps or refugees handed over or returning: not territory; soldiers who
    # took a place ("soldiers were fired upon near Karabakh, the territory Azerbaijan
    # reclaimed") do not make the taking theirs to give
    # "Armenia returns Kalbajar by 15 November; the sides exchange prisoners": the people must
    # be what the verb moves, near it, not a further term of the same sentence
    people = c.at(lex.prisoners)
    verbs = handover + capture
    people_moved = any(abs(p - v) <= PEOPLE_REACH for p in people for v in verbs)
    if people_moved or c.has(lex.not_territory):
        return []
    purpose = [  # "sent troops to capture": a purpose; "was to assume control": a schedule
        i
        for i in capture
        if i > 0
        and c.tokens[i - 1].lower == "to"
        and (i < 2 or c.tokens[i - 2].lemma != "be")
        and (i < 2 or c.tokens[i - 2].lower not in role_names("schedule_words"))
        # "the truce allowed Azerbaijan to reclaim control": what was allowed happened
        and not any(t.lemma in word_list("enabling_verbs") for t in c.tokens[max(c.lo, i - 5) : i])
        and not implicative(c, i)
    ]
    capture = [i for i in capture if i not in purpose]
    # "to ensure the liberation of the villages", "с целью освобождения сёл": an aim, not an event
    aims = cue_positions(_phrases("purpose_markers"), c.tokens, c.lo, c.hi)
    handover = [i for i in handover if not any(0 < i - a <= 5 for a in aims)]
    capture = [i for i in capture if not any(0 < i - a <= 5 for a in aims)]
    if not (handover or capture):
        return []
    if c.has(lex.peacekeepers) and not handover:
        # peacekeepers entering an area take up positions, they do not annex it
        keepers = c.at(lex.peacekeepers)
        capture = [i for i in capture if taken_by_a_state(c, i) or side_takes(c, i, keepers)]
        if not capture:
            return []
    # each verb has its chance: "took control of the ceded lands as troops entered Aghdam"
    # names its place by the second verb, beyond the first one's reach
    for v in handover or capture:
        scheduled, territories = _places_of(c, v, language, handover, capture)
        scheduled = scheduled and not (time_clause and c.tokens[v].tense == "past")
        scheduled = scheduled and not done_form(c, v, language)  # "районе, перешедшем под"
        if territories:
            break
    if not territories:
        return []
    if handover:  # "the villages X, Y and Z were returned": one handover (captures: one each)
        territories = one_per_list(c, territories)
    to = receiver_of(c, v, language)
    src = giver_of(c, v, language)
    # "Russia withdrew from Karabakh, captured by Azerbaijan": the subject is not the participle's
    agent = None if nominal(c, v) or participial(c, v) else agent_before(c, v)
    agent = gerund_subject(c, v) or agent
    if handover and to is None and returns_own(c, v, agent, territories):
        handover, capture = [], [v]  # "Азербайджан вернул Карабах": it took its land back
    if handover and agent and agent != to:
        src = src or agent
    elif capture and not handover:
        # "liberated", "reclaimed" say who took it, whoever else the clause names
        # the taker is the capture's subject: "Baku ... after having regained Karabakh", whatever
        # "claims to Armenia" the clause also names; "fell to X" still names it after
        near = [i for i in capture if abs(i - v) <= 5]  # "occupied ... in liberating": its own word
        passive = (
            c.tokens[v].pos == "PRTS"
            or (v > 0 and c.tokens[v - 1].lemma in ("быть", "be"))
            # "the region occupied by Azerbaijan": a participle with its agent after it
            or (language == "en" and v + 1 < c.hi and c.tokens[v + 1].lower == "by")
        )
        if passive:  # "район был оккупирован ВС Армении": the taker comes after
            by = by_agent(c, v) if language == "en" else None
            to = by or implied_receiver(c, near) or to or agent_after(c, v) or agent
        else:
            to = implied_receiver(c, near) or agent or to or agent_after(c, v)
            if to is None and c.has(lex.units):
                # "военные взяли под контроль три села", said by Baku: its own troops
                to = claimant_side(claimed or [])
    postponed = c.at(lex.postpone)
    held = None if scheduled else former_holder(c)
    out: list[Draft] = []
    for t in territories:
        date = _date_for(c, t, postponed[0] if postponed else None)
        if held is not None and date is not None and dates_the_holding(c, held[1], date):
            date = None  # "under Armenian control since 1993": the holding's date
        if scheduled and date is not None and c.dates_the_saying(date):
            date = None  # "Peskov said on Friday that Armenia must return": the saying's day
        if scheduled:
            # "отсрочку на вывод войск из Кельбаджарского района": troops leave a district
            # that goes back to the side it belongs to (a dative there is who grants the delay)
            home = t.mention.entity.country
            home = home if home in role_names("border_sides") else None
            # "до 15 ноября должен быть передан Кельбаджарский район": with no receiver
            # named, a district is handed back to the side it belongs to
            receiver = (home if left else None) or to or other_side(src) or home
            args: dict[str, str | list[str] | None] = {"territory": t.name, "to": receiver}
            out.append(c.draft("TerritoryTransferScheduled", args, "scheduled", date))
        else:
            taker = to
            if taker is None and capture and not handover:
                taker = retaken_by_owner(c, t, date, claimed or [])
            if held is not None and held[0] != taker and not src:
                src = held[0]  # "которые находились под контролем НКР": who held it before
            frm = src if src and src != taker else other_side(taker)  # nobody takes from itself
            args = {"territory": t.name, "from": frm, "to": taker or other_side(frm)}
            out.append(c.draft("TerritoryTransferred", args, "asserted", date))
    return out
