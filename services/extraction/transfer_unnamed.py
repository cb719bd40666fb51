"""Territory taken or handed over without a name: "liberated 23 more villages", "Armenia has
returned to Azerbaijan four border villages", "установила контроль над несколькими селами".

The guide gives such a change a TerritoryTransferred without `territory`. Only a count before a
word for settlements, districts or heights, right after the verb, makes the object; the fact is
left out where the article names the places it took on the same day (`drop_covered`), since
the named fact already tells that change.
"""

from __future__ import annotations

from dataclasses import replace

from .clause_guards import negated
from .cues import Role
from .discourse import Draft
from .gazetteer import canonical_entity
from .rules import Clause
from .text import Sentence
from .transfer_doubts import unvouched
from .transfer_holders import dates_the_holding, former_holder
from .transfer_land import land_taken
from .transfer_roles import (
    agent_after,
    agent_before,
    claimant_side,
    implied_receiver,
    other_side,
    receiver_of,
)
from .transfer_terms import agreed_to, terms_told
from .transfer_words import denied, words

REACH = 8  # "освободили от армянской оккупации еще 23 населенных пункта"


def _is(c: Clause, k: int, key: str) -> bool:
    t = c.tokens[k]
    return (
        t.lemma in words(key) or t.lower in words(key) or (key == "quantities" and t.text.isdigit())
    )


def _unnamed_object(c: Clause, v: int) -> int | None:
    """A count, then within two words a word for places: the verb's object names none.
    Returns where the place word is."""
    hi = min(c.hi, v + REACH + 1)
    for k in range(v + 1, hi):
        if _is(c, k, "quantities"):
            return next((j for j in range(k + 1, min(c.hi, k + 4)) if _is(c, j, "places")), None)
    return None


def _agreed(c: Clause, v: int) -> bool:
    """ "agreed to return", "соглашение о возвращении": a handover agreed to, still to come."""
    before = c.tokens[max(c.lo, v - 4) : v]
    if agreed_to(c, v):
        return True
    # "соглашение о возвращении", "the deal to hand over"; not "по итогам соглашений отошли"
    unmade = (
        c.tokens[v].pos in ("NOUN", "INFN")
        or (v > c.lo and c.tokens[v - 1].lower == "to")
        or c.tense == "futr"  # "as a result of this agreement, Yerevan will transfer"
    )
    return unmade and any(
        t.lemma in words("agreements") or t.lower in words("agreements") for t in before
    )


def unnamed_terms(c: Clause, language: str) -> list[Draft]:
    """ "Armenia has agreed to return to Azerbaijan four villages": a handover agreed without
    a deadline is scheduled with no date (the guide), here with no territory either."""
    lex = c.lex
    if c.has(lex.hypothetical) or c.has(lex.prisoners) or c.has(lex.not_territory):
        return []
    for v in c.at(lex.transfer):
        if negated(c, v) or not _agreed(c, v) or _unnamed_object(c, v) is None:
            continue
        to = receiver_of(c, v, language)
        if to is not None:
            args: dict[str, str | list[str] | None] = {"territory": None, "to": to}
            return [c.draft("TerritoryTransferScheduled", args, "scheduled")]
    return []


def unnamed_transfers(c: Clause, language: str, claimed: list[str] | None = None) -> list[Draft]:
    lex = c.lex
    terms = unnamed_terms(c, language)
    blocked = (
        c.has(lex.peacekeepers)
        or c.has(lex.prisoners)
        or c.has(lex.not_territory)
        or c.has(lex.attempt)
        or c.has(lex.hypothetical)
        or terms_told(c)
        or denied(c, c.at(lex.capture) + c.at(lex.transfer))
        or unvouched(c, c.at(lex.capture) + c.at(lex.transfer))
    )
    if terms or blocked:
        return terms
    handover = [i for i in c.at(lex.transfer) if not negated(c, i)]
    capture = [i for i in c.at(lex.capture) if not negated(c, i)]
    for v in sorted(handover + capture):
        if c.tokens[v].lower == "to" or (v and c.tokens[v - 1].lower == "to"):
            continue  # "an offensive to take control": a purpose, not a taking
        at = _unnamed_object(c, v)
        if c.tokens[v].pos == "NOUN" or agreed_to(c, v) or at is None:
            continue  # "соглашение о возвращении четырёх сёл": a handover agreed, not made
        agent = agent_before(c, v)
        if v in handover:
            to = receiver_of(c, v, language)
            frm = agent if agent != to else None
        else:
            to = implied_receiver(c, [v]) or agent or agent_after(c, v)
            if to is None and c.has(lex.units):
                to = claimant_side(claimed or [])  # "военные взяли под контроль", Baku says
            frm = other_side(to)
        if to is None:
            break
        held = former_holder(c)  # "районы, которые находились под контролем НКР"
        if held is not None and held[0] != to and not (v in handover and frm):
            frm = held[0]
        date = c.date_near(v)
        if held is not None and date is not None and dates_the_holding(c, held[1], date):
            date = None  # "under Armenian control since 1993": the holding's date
        if date is not None and date.precision != "day":
            return []  # "in the fall of 2020 Baku liberated several cities": the war recalled
        args: dict[str, str | list[str] | None] = {"territory": None, "from": frm, "to": to}
        return [c.draft("TerritoryTransferred", args, "asserted", date)]
    return land_taken(c)  # "most of the territory was liberated by Azerbaijan in 2020"


def drop_covered(facts: list[Draft]) -> list[Draft]:
    """An unnamed change beside a named one to the same side on the same day is the same news;
    the headline and the body telling one unnamed change are one fact. Likewise for terms."""
    kinds = ("TerritoryTransferred", "TerritoryTransferScheduled")
    seen = {
        (d.kind, d.args.get("to"), d.args.get("date"))
        for d in facts
        if d.kind in kinds and d.args.get("territory")
    }
    seen |= {  # terms without a deadline: any named terms to that side cover them
        (d.kind, d.args.get("to"), None)
        for d in facts
        if d.kind == "TerritoryTransferScheduled" and d.args.get("territory")
    }
    out = []
    for d in facts:
        key = (d.kind, d.args.get("to"), d.args.get("date"))
        if d.kind in kinds and not d.args.get("territory"):
            if key in seen:
                continue
            seen.add(key)
        out.append(d)
    return out


AHEAD = 3  # sentences after the count within which its places are told


def _elaborates(sent: Sentence) -> bool:
    opening = " ".join(t.lower for t in sent.tokens[:8])
    return any(cue in opening for cue in words("elaborations"))


OPENERS = frozenset({'"', "«", "“", "'", "the"})
CLOSERS = frozenset({'"', "»", "”", "–", "—"})  # the list ends, a saying frame may follow


def _enumerates(sent: Sentence) -> bool:
    """ "Село Талыш Тертерского района, села Мехдили ...», – говорится в сообщении", "The
    villages of X and Y in the Z district.": a sentence that opens with a place word and has
    no verb of its own only lists places (a saying frame after the list aside)."""
    toks = sent.tokens
    i = 0
    while i < len(toks) and toks[i].lower in OPENERS:
        i += 1
    if i >= len(toks) or not (toks[i].lower in words("places") or toks[i].lemma in words("places")):
        return False
    end = next((j for j in range(i + 1, len(toks)) if toks[j].text in CLOSERS), len(toks))
    # a capitalised word inside the list is a name, whatever its analysis ("Шайбяй")
    verbs = [t for t in toks[i + 1 : end] if not t.text[:1].isupper()]
    return not any(t.pos in ("VERB", "INFN", "PRTS") or t.tense for t in verbs)


def _district_name(sent: Sentence, r: Role) -> str:
    """ "villages of Fuzuli province": the name before a district head is the district."""
    k = r.mention.last + 1
    if k < len(sent.tokens) and sent.tokens[k].lower in words("district_heads"):
        surface = " ".join(t.text for t in sent.tokens[r.mention.first : k])
        found = canonical_entity(f"{surface} District")
        if found is not None and "district" in found.flags:
            return found.name
    return r.name


def _named_places(sent: Sentence, found: list[Role]) -> list[str]:
    """Each district or town the sentence names, once; villages only where it names neither
    ("Talysh of the Tartar district": the guide keeps the district as an alternative in each
    village's fact, and annotators listing the villages of a district give the district)."""
    places = [
        r
        for r in sorted(found, key=lambda r: r.mention.first)
        if r.kind == "place" and r.mention.entity.flags & {"district", "city", "village"}
    ]
    wider = [r for r in places if "village" not in r.mention.entity.flags]
    return list(dict.fromkeys(_district_name(sent, r) for r in wider or places))


def _list_run(sents: list[Sentence], k: int) -> list[int]:
    """The elaborating sentence and the parts of its list split off after a semicolon
    ("... villages of Fuzuli province; Demirchiler, Signaq villages of Khojaly; ...")."""
    group = [k]
    while group[-1] + 1 < len(sents) and sents[group[-1]].tokens[-1].text == ";":
        group.append(group[-1] + 1)
    return group


def _copy(d: Draft, territory: str) -> Draft:
    args = {**d.args, "territory": territory}
    return replace(d, args=args, spans=list(d.spans), claimed_by=list(d.claimed_by))


def name_unnamed(
    drafts: list[Draft], sents: list[Sentence], mentioned: list[list[Role] | None]
) -> None:
    """ "освободили ещё 23 населённых пункта. ... Речь идёт о шести сёлах Физулинского ...
    районов": a count of places taken, then a sentence saying which they are, names the
    change's territories: one fact per district, town or village that sentence names (the
    guide: several territories named in one clause, one fact per territory)."""
    moved = {d.sentence for d in drafts if d.kind == "TerritoryTransferred"}
    more: list[Draft] = []
    retold: set[int] = set()
    for d in drafts:
        if d.kind != "TerritoryTransferred" or d.args.get("territory"):
            continue
        for k in range(d.sentence + 1, min(len(sents), d.sentence + AHEAD + 1)):
            found = mentioned[k]
            lists = found and (_elaborates(sents[k]) or _enumerates(sents[k]))
            if k in moved and not lists:
                break  # another change told: its places are its own
            if not lists:
                continue
            group = _list_run(sents, k)
            names = list(
                dict.fromkeys(n for j in group for n in _named_places(sents[j], mentioned[j] or []))
            )
            if names:
                # "Among the villages that were liberated are ...": the count's change retold
                retold.update(group)
                d.args["territory"] = names[0]
                more += [_copy(d, n) for n in names[1:]]
            break
    # the list's own reading of the verb sees only the places near it
    kept = [d for d in drafts if not (d.sentence in retold and d.kind == "TerritoryTransferred")]
    drafts[:] = kept
    drafts += more
