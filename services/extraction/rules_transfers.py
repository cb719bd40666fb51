"""Territory changing hands: handovers (done or scheduled) and captures.

Roles come from the grammar around the verb, not from word order alone: "X handed T to Y",
"T was handed over by X", "Y's army entered T", "T came under Y's control"; in Russian the
dative names the receiver ("передал Азербайджану"), the nominative agent of "передать" the
giver, and "под контроль X" the new holder. A region is a territory only as the verb's
object ("control of Nagorno-Karabakh"), never as a landmark ("adjacent to Karabakh").
"""

from __future__ import annotations

from .cues import Role, cue_positions
from .dates import DateMention
from .discourse import Draft
from .gazetteer import state_named
from .lexicon import adjective_states, role_names, table, word_list
from .rules import Clause
from .rules_events import _negated
from .transfer_terms import agreed_to, schedule_phrase, terms_told
from .transfer_territories import inverted_control, pronoun_territory, relative_object
from .transfer_territories import territories as _territories
from .transfer_words import denied

EN_TO = frozenset({"to"})
EN_FROM = frozenset({"by", "from"})
RU_FROM = frozenset({"от", "у"})


def _state_of(role: Role) -> str | None:
    e = role.mention.entity
    if e.kind == "state":
        return e.name
    if e.kind in ("organisation", "person", "force") or (e.kind == "place" and not role.as_place):
        return e.state
    return None


def _adjective_agent(c: Clause, lo: int, hi: int) -> tuple[int, str] | None:
    """ "азербайджанская армия", "Azerbaijani forces": the state of an adjective (and where)."""
    for k in range(hi - 1, lo - 1, -1):
        t = c.tokens[k]
        state = adjective_states().get(t.lemma) or adjective_states().get(t.lower)
        if state:
            return k, state
    return None


def _agent_before(c: Clause, v: int) -> str | None:
    """The nearest state-bearing subject before the verb: a named actor in the nominative
    or an adjective of a state ("Azerbaijani army units entered")."""
    lo = max(c.lo, v - 8)
    found: list[tuple[int, str]] = []
    actors = [r for r in c.roles if lo <= r.mention.first < v and _state_of(r)]
    if actors and _nominative_head(c, actors[-1].mention.first):
        found.append((actors[-1].mention.last, str(_state_of(actors[-1]))))
    adjective = _adjective_agent(c, lo, v)
    if adjective:
        found.append(adjective)
    return max(found)[1] if found else None


def _nominative_head(c: Clause, first: int) -> bool:
    """The actor is the subject, or the genitive after one ("пограничная служба Азербайджана")."""
    if c.tokens[first].nominative:
        return True
    head = c.tokens[first - 1] if first > c.lo else None
    return head is not None and head.pos == "NOUN" and head.nominative


def _nominal(c: Clause, v: int) -> bool:
    """ "передача", "the handover of": a noun has no agent of its own."""
    before = c.tokens[v - 1].lower if v else ""
    return c.tokens[v].pos == "NOUN" or before in ("the", "a", "its", "their")


def _agent_after(c: Clause, v: int) -> str | None:
    """ "туда вошли азербайджанские военные": the subject after the verb."""
    found = _adjective_agent(c, v + 1, min(c.hi, v + 4))
    return found[1] if found else None


def _receiver(c: Clause, v: int, language: str) -> str | None:
    hi = min(c.hi, v + 12)
    # Russian word order is free: "Азербайджану будет возвращен район" names it before
    lo = max(c.lo, v - 4) if language == "ru" else v + 1
    for r in c.roles:
        first = r.mention.first
        capital = r.mention.entity.state if r.kind == "place" and first else None
        if capital and language == "en" and first > v and c.tokens[first - 1].lower in EN_TO:
            return capital  # "handed over to Baku": the capital stands for its state
        if not (lo <= first < hi) or first == v or not _state_of(r):
            continue
        if first < v and c.tokens[first].text.isupper():
            continue  # "Агдамский район НКР будет возвращен": an indeclinable owner, no dative
        before = c.tokens[first - 1].lower
        k = first - 1
        while k > v and c.tokens[k].lower in ("the", "republic", "of"):
            k -= 1  # "to the Republic of Azerbaijan"
        if language == "en" and c.tokens[k].lower in EN_TO:
            return _state_of(r)
        # the head noun carries the case ("Азербайджанской Республике": the adjective is ambiguous)
        head = c.tokens[r.mention.last]
        dative = any(t.has_case("datv") and t.cases != "*" for t in (c.tokens[first], head))
        if language == "ru" and before not in RU_FROM and (dative or before == "к"):
            return _state_of(r)
    for k in range(v + 1, hi):  # "азербайджанской стороне", "to the Azerbaijani side"
        t = c.tokens[k]
        state = adjective_states().get(t.lemma) or adjective_states().get(t.lower)
        if state is None:
            continue
        if language == "ru" and t.has_case("datv") and t.cases != "*":
            return state
        if language == "en" and "to" in {x.lower for x in c.tokens[max(v, k - 2) : k]}:
            return state
    control = [
        i for i, t in enumerate(c.tokens[c.lo : c.hi], c.lo) if t.lemma in ("контроль", "control")
    ]
    for i in control:
        after = [r for r in c.roles if 0 < r.mention.first - i <= 2 and _state_of(r)]
        if after:
            return _state_of(after[0])
        adjective = _adjective_agent(c, max(c.lo, i - 3), i)
        if adjective:
            return adjective[1]
    return None


def _giver(c: Clause, v: int, language: str) -> str | None:
    for r in c.roles:
        first = r.mention.first
        if first <= v or first - v > 14 or not _state_of(r):
            continue
        before = c.tokens[first - 1].lower
        if before in (EN_FROM if language == "en" else RU_FROM):
            return _state_of(r)
    for k in range(v + 1, min(c.hi - 1, v + 14)):  # "by the Armenian military"
        if c.tokens[k].lower in (EN_FROM if language == "en" else RU_FROM):
            found = _adjective_agent(c, k + 1, min(c.hi, k + 3))
            if found:
                return found[1]
    return None


def _implied_receiver(c: Clause, capture: list[int]) -> str | None:
    """ "освобождённые сёла", "liberated villages": the word says who took them."""
    words = table("implied_receiver")
    for i in capture:
        for key in (c.tokens[i].lemma, c.tokens[i].lower):
            if key in words:
                return str(words[key])
    return None


def _leaving(c: Clause) -> list[int]:
    """Where a side leaves ("must leave", "withdraw from", "покинуть"): a handover, in terms."""
    words = word_list("leave_words")
    cue = frozenset(tuple(w.split()) if " " in w else w for w in words)
    return cue_positions(cue, c.tokens, c.lo, c.hi)


def _relays(c: Clause, i: int) -> bool:
    """ "передает ТАСС", "как передает РИА Новости": a news outlet relaying, not a handover."""
    return any("media" in r.mention.entity.flags and abs(r.mention.first - i) <= 2 for r in c.roles)


def _segment(c: Clause, pos: int) -> int:
    """Which comma-separated stretch of the sentence a character offset falls in."""
    return sum(1 for t in c.tokens if t.text in (",", ";") and t.start < pos)


def _date_for(c: Clause, t: Role, postponed_at: int | None) -> DateMention | None:
    cands = [d for d in c.dates if not c._document(d)]
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


def _to_own_control(c: Clause, i: int) -> bool:
    """ "returned X under its control", "вернул X под свой контроль" (apart from the verb)."""
    words = [t.lower for t in c.tokens[i + 1 : min(c.hi, i + 10)]]
    own = word_list("own_control")
    return any(" ".join(words[k : k + n]) in own for k in range(len(words)) for n in (3, 4))


def _returns_own(c: Clause, v: int, agent: str | None, moved: list[Role]) -> bool:
    """A side "returning" land that lies in its own country, to nobody named, took it back."""
    if agent is None or c.tokens[v].lemma not in word_list("return_verbs"):
        return False
    return all(t.mention.entity.country == agent for t in moved)


def _retaken_by_owner(
    c: Clause, t: Role, date: DateMention | None, claimed: list[str]
) -> str | None:
    """ "Села Забух и Сус были взяты под контроль", "the country's troops entered Aghdam": a
    taking of land in the state that retook its land in 2020-2024, told with no taker named,
    is that state's (not in the 1990s, when the others took it; not when the other side tells
    of it, which says nothing of who took it)."""
    owner = t.mention.entity.country
    if owner not in role_names("retaking_sides") or (date is not None and date.value < "2020"):
        return None
    if _part_of(c, t):
        return None  # "взятие под контроль части Физулинского района": not the district
    teller = _claimant_side(claimed)
    return None if teller is not None and teller != owner else owner


def _part_of(c: Clause, t: Role) -> bool:
    """ "части Физулинского района", "parts of the Fuzuli district": a part, not the place."""
    words = word_list("part_words")
    before = [x.lower for x in c.tokens[max(c.lo, t.mention.first - 3) : t.mention.first]]
    return any(w in words for w in before)


def _other_side(state: str | None) -> str | None:
    sides = sorted(role_names("border_sides"))
    if state in sides and len(sides) == 2:
        return sides[1 - sides.index(state)]
    return None


def _claimant_side(claimed: list[str]) -> str | None:
    """The side a claimant speaks for (Baku's ministry: Azerbaijan), if it is one."""
    state = state_named(claimed[0]) if claimed else None
    return state if state in role_names("border_sides") else None


def transfers(c: Clause, language: str, claimed: list[str] | None = None) -> list[Draft]:
    lex = c.lex
    handover = [i for i in c.at(lex.transfer) if not _negated(c, i) and not _relays(c, i)]
    left = False
    capture = [i for i in c.at(lex.capture) + inverted_control(c) if not _negated(c, i)]
    # "переходит под контроль" happens on the day it names ("со среды, 25 ноября"); undated,
    # the present describes settlements still passing, not yet moved
    capture = [i for i in capture if c.tokens[i].lemma != "переходить" or c.dates]
    handover = [i for i in handover if i not in capture]  # "вернул под свой контроль": took
    # "Azerbaijan returned Nagorno-Karabakh under its control": a return to oneself is a taking
    regained = [i for i in handover if _to_own_control(c, i)]
    handover = [i for i in handover if i not in regained]
    capture = sorted(capture + regained)
    if not (handover or capture) and not c.has(lex.peacekeepers):
        # "Armenian forces must leave the Lachin district by 1 December"; troops that left
        # ("Armenian troops withdrew from Agdam") handed it over, people who left did not
        handover = _leaving(c) if terms_told(c) or c.has(lex.units) else []
        left = bool(handover)
    hypothetical = [i for i in c.at(lex.hypothetical) if not schedule_phrase(c, i)]
    if (
        not (handover or capture)
        or c.has(lex.attempt)
        or hypothetical
        or denied(c, handover + capture)
    ):
        return []
    # prisoners, maps or refugees handed over or returning: not territory; soldiers who
    # took a place ("soldiers were fired upon near Karabakh, the territory Azerbaijan
    # reclaimed") do not make the taking theirs to give
    people_moved = c.has(lex.prisoners) and (bool(handover) or c.has(lex.exchange))
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
    ]
    capture = [i for i in capture if i not in purpose]
    if not (handover or capture):
        return []
    if c.has(lex.peacekeepers) and not handover:
        return []  # peacekeepers entering an area take up positions, they do not annex it
    v = (handover or capture)[0]
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
    territories = _territories(c, v, reach, back)
    if not territories and capture:
        territories = pronoun_territory(c, v)
    territories = territories or relative_object(c, v)
    if not territories:
        return []
    to = _receiver(c, v, language)
    src = _giver(c, v, language)
    agent = None if _nominal(c, v) else _agent_before(c, v)
    if handover and to is None and _returns_own(c, v, agent, territories):
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
            to = _implied_receiver(c, near) or to or _agent_after(c, v) or agent
        else:
            to = _implied_receiver(c, near) or agent or to or _agent_after(c, v)
            if to is None and c.has(lex.units):
                # "военные взяли под контроль три села", said by Baku: its own troops
                to = _claimant_side(claimed or [])
    postponed = c.at(lex.postpone)
    out: list[Draft] = []
    for t in territories:
        date = _date_for(c, t, postponed[0] if postponed else None)
        if scheduled and date is not None and c.dates_the_saying(date):
            date = None  # "Peskov said on Friday that Armenia must return": the saying's day
        if scheduled:
            # "отсрочку на вывод войск из Кельбаджарского района": troops leave a district
            # that goes back to the side it belongs to (a dative there is who grants the delay)
            home = t.mention.entity.country
            home = home if home in role_names("border_sides") else None
            # "до 15 ноября должен быть передан Кельбаджарский район": with no receiver
            # named, a district is handed back to the side it belongs to
            receiver = (home if left else None) or to or _other_side(src) or home
            args: dict[str, str | list[str] | None] = {"territory": t.name, "to": receiver}
            out.append(c.draft("TerritoryTransferScheduled", args, "scheduled", date))
        else:
            taker = to
            if taker is None and capture and not handover:
                taker = _retaken_by_owner(c, t, date, claimed or [])
            frm = src if src and src != taker else _other_side(taker)  # nobody takes from itself
            args = {"territory": t.name, "from": frm, "to": taker or _other_side(frm)}
            out.append(c.draft("TerritoryTransferred", args, "asserted", date))
    return out
