"""Copies of one event folded into one fact after dating.

A headline and its body tell one deal: the headline's copy, dated only by the news day,
folds into the body's, which says the day. A withdrawal of peacekeepers told at several of its
places ("left Khojaly ... Dadivank ... Nagorno-Karabakh") is one withdrawal: the guide lists
its places as alternatives.

"Россия, Армения и Азербайджан согласовали совместное заявление" (headline, published 1
November) and "во время встречи 31 октября было согласовано совместное заявление" (body) are
one AgreementSigned of 31 October whose parties are everyone either names.
"""

from __future__ import annotations

import datetime as dt

from .discourse import Draft
from .gazetteer import canonical_entity
from .lexicon import documents

FOLDED_KINDS = frozenset(
    {"AgreementSigned", "CeasefireAgreed", "PrisonerExchangeAgreed", "PrisonersExchanged"}
)
NEWS_LAG_DAYS = 3  # a deal reported up to three days after it was reached
HEADLINE_KINDS = frozenset({"MeetingHeld", "HostilitiesReported"})


def _parties(d: Draft) -> set[str]:
    return set(_parties_list(d))


def _news_dated(d: Draft) -> bool:
    return d.date is not None and d.date.derivation.startswith(("publication", "dateline"))


def _day(d: Draft) -> dt.date | None:
    if d.date is None or d.date.precision != "day":
        return None
    return dt.date.fromisoformat(d.date.value)


def _same_deal(news: Draft, dated: Draft) -> bool:
    a, b = _day(news), _day(dated)
    if a is None or b is None or dated is news or dated.kind != news.kind or _news_dated(dated):
        return False
    pa, pb = _parties(news), _parties(dated)
    joined = bool(pa and pb) and (pa <= pb or pb <= pa)
    return joined and dt.timedelta(0) < a - b <= dt.timedelta(days=NEWS_LAG_DAYS)


def fold_news_dated(facts: list[Draft], news_day: str | None = None) -> list[Draft]:
    if news_day is not None:
        facts = fold_headline_copies(facts, news_day)
    out: list[Draft] = []
    for d in facts:
        target = (
            next((o for o in facts if _same_deal(d, o)), None)
            if d.kind in FOLDED_KINDS and _news_dated(d)
            else None
        )
        if target is None:
            out.append(d)
            continue
        target.args["parties"] = list(dict.fromkeys([*_parties_list(d), *_parties_list(target)]))
        target.spans.extend(s for s in d.spans if s not in target.spans)
    return out


def _headline_copy(d: Draft, news_day: str) -> bool:
    """Dated only by the news day: no day of its own, or the headline's page time stamp."""
    if d.kind not in HEADLINE_KINDS or d.date is None or d.date.value != news_day:
        return False
    return _news_dated(d) or d.paragraph == 0


def _names(d: Draft, name: str) -> set[str]:
    value = d.args.get(name)
    if isinstance(value, list):
        return {str(v) for v in value}
    return {str(value)} if value else set()


def _same_event(copy: Draft, body: Draft) -> bool:
    a, b = _day(copy), _day(body)
    if a is None or b is None or body is copy or body.kind != copy.kind or _news_dated(body):
        return False
    if body.paragraph <= copy.paragraph or not (
        dt.timedelta(0) < a - b <= dt.timedelta(days=NEWS_LAG_DAYS)
    ):
        return False
    if copy.kind == "HostilitiesReported":
        here, there = _names(copy, "location"), _names(body, "location")
        return not here or here == there
    mine, theirs = _names(copy, "participants"), _names(body, "participants")
    places = _names(copy, "place"), _names(body, "place")
    placed = not places[0] or not places[1] or places[0] == places[1]
    # the headline may name a state for its leader, never a person the body leaves out
    people = {m for m in mine if (e := canonical_entity(m)) is not None and e.kind == "person"}
    return placed and len(mine & theirs) >= 2 and people <= theirs


def fold_headline_copies(facts: list[Draft], news_day: str) -> list[Draft]:
    """The headline repeats the news (one fact per event): a meeting or a clash told there, or
    in the lead, dated only by the news day, is the body's meeting or clash of one to three days
    before at the same place or among the same participants, and takes the body's day and
    arguments ("12:05 / 17.11 Семь военных погибли в ходе боев на границе" over "в ходе
    столкновений на границе 16 ноября"; "talks with the Armenian and Azerbaijani premiers" over
    the meeting of the named premiers "on 26 October")."""
    out: list[Draft] = []
    for d in facts:
        body = (
            next((o for o in facts if _same_event(d, o)), None)
            if _headline_copy(d, news_day)
            else None
        )
        if body is None:
            out.append(d)
            continue
        if not body.args.get("place") and d.args.get("place"):
            body.args["place"] = d.args["place"]
        body.spans.extend(s for s in d.spans if s not in body.spans)
    return out


def _parties_list(d: Draft) -> list[str]:
    value = d.args.get("parties")
    return [str(p) for p in value] if isinstance(value, list) else []


def fold_withdrawals(facts: list[Draft]) -> list[Draft]:
    out: list[Draft] = []
    for d in facts:
        twin = next(
            (
                o
                for o in out
                if d.kind == o.kind == "PeacekeepersWithdrawn"
                and o.args.get("force") == d.args.get("force")
                and (
                    not o.args.get("date")
                    or not d.args.get("date")
                    or o.args["date"] == d.args["date"]
                )
            ),
            None,
        )
        if twin is None:
            out.append(d)
            continue
        if not twin.args.get("date") and d.args.get("date"):
            twin.args["date"], twin.date = d.args["date"], d.date
        twin.spans.extend(s for s in d.spans if s not in twin.spans)
    return out


def date_truce_terms(facts: list[Draft]) -> None:
    """A prisoner swap the article says was agreed, with no day of its own but the news day,
    is a term of the known truce the article recalls ("according to the deal, the warring
    sides will exchange prisoners", "• The parties must exchange prisoners of war"): it was
    agreed on the truce's day (the guide: the statement's prisoner clause is its own fact)."""
    known = {x for _, days in documents() for x in days}
    truces = [
        d
        for d in facts
        if d.kind == "CeasefireAgreed" and d.date is not None and d.date.value in known
    ]
    for d in facts:
        if d.kind != "PrisonerExchangeAgreed" or not (d.date is None or _news_dated(d)):
            continue
        day = _day(d)
        earlier = [t for t in truces if (t_day := _day(t)) and (day is None or t_day < day)]
        if day is not None:
            lag = dt.timedelta(days=NEWS_LAG_DAYS)
            earlier = [t for t in earlier if (t_day := _day(t)) and day - t_day > lag]
        if len(earlier) == 1 and earlier[0].date is not None:
            d.date = earlier[0].date
            d.args["date"] = earlier[0].date.value
