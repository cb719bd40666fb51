"""Whether a signing told in a clause happened, and which document it is: "подпишут", "will
sign", "should not limit ourselves to signing" tell of a document still to come, which is no
AgreementSigned; a document dated with a known document's day (or named as the 2020 trilateral
statement) is that document."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from .dates import DateMention
from .discourse import Draft
from .lexicon import brokered_documents, document_signatories, documents, word_list
from .named_documents import document_draft, further_documents
from .rules import Clause


def signing_to_come(c: Clause, signed: list[int], agree: list[int]) -> bool:
    """Every signing or agreeing verb of the clause is future, or governed by a modal or "to"
    right before it."""
    verbs = signed + agree
    if not verbs:
        return False
    markers = word_list("signing_to_come")
    fillers = word_list("signing_fillers")
    for v in verbs:
        k = v - 1
        while k > c.lo and c.tokens[k].lower in fillers:
            k -= 1  # "will be jointly signed", "should not"
        head = c.tokens[k] if k >= c.lo else None
        ahead = head is not None and (head.lower in markers or head.lemma in markers)
        if c.tokens[v].tense == "futr" or ahead:
            continue
        return False
    return True


def statement_of_2020(
    c: Clause, parties: list[str], date: DateMention | None, cited: bool, broker: str | None
) -> tuple[list[str], str, DateMention | None] | None:
    """A signed trilateral document of the two sides and Russia told after November 2020
    ("according to the trilateral statement signed by the presidents of Azerbaijan, Russia
    and the prime minister of Armenia", "договоренности, подписанные год назад руководителями
    России, Армении и Азербайджана") is the ceasefire statement of 9 November 2020: the gold
    README's "one document, one fact" makes it a CeasefireAgreed, the mediator no party.
    The broker may be named by an adjective ("the Russian-brokered agreement"), and a
    "trilateral" document needs only one of its sides named ("Кельбаджарский район отошел
    Азербайджану по трехстороннему соглашению"): the word counts the signatories.
    Returns its (parties, mediator, date), or None for any other document."""
    for _, mediator, day in brokered_documents():
        sides, _ = document_signatories(day)
        trilateral = c.has(c.lex.trilateral) and bool(parties)
        one_named = trilateral and set(parties) <= {*sides, mediator}
        if not sides or not (set(sides) <= set(parties) or one_named):
            continue
        named_broker = mediator in parties or any(mediator in (r.name, r.state) for r in c.inside())
        named_broker = named_broker or broker == mediator
        if not (named_broker or c.has(c.lex.trilateral)):
            continue
        if c.ctx.today and c.ctx.today < day:
            continue  # written before the statement: some other document
        days = {x for _, xs in documents() for x in xs if day in xs}
        if date is not None and any(date.value.startswith(x) for x in days):
            return sides, mediator, date  # its own day
        if date is not None and date.value[4:] in {x[4:] for x in days}:
            return sides, mediator, date  # "9 ноября 2022 года": the day as the text gives it
        coarse = date is not None and date.precision != "day" and day.startswith(date.value)
        # undated and not cited: in the news of another trilateral statement (Sochi, Moscow
        # January 2021) it is that one, so only a cited or year-dated mention is this one
        if cited or coarse:
            derived = "inferred: known document by its signatories"
            return sides, mediator, DateMention(day, "day", derived, -1, -1, False)
        return None  # a signing on another day is another document
    return None


def known_document(c: Clause) -> tuple[str, DateMention] | None:
    """An agreement noun dated with a day that names a known document."""
    lo, hi = c.tokens[c.lo].start, c.tokens[c.hi - 1].end
    for d in c.dates:
        if lo <= d.start < hi:
            for kind, days in documents():
                if d.value in days:
                    return kind, d
                # "the trilateral statement of November 9" in a 2023 text: the year the
                # reader supplies is the document's, not this one's
                earlier = sorted(x for x in days if x[4:] == d.value[4:] and x < d.value)
                if (
                    earlier
                    and not d.explicit_year
                    and d.precision == "day"
                    # "statement of November 9"; "signed a trilateral statement on the
                    # cessation of hostilities on November 9" (evt2: a truce's own day)
                    and (c._document(d) or (kind == "CeasefireAgreed" and truce_named(c)))
                ):
                    day = earlier[-1]
                    return kind, replace(
                        d, value=day, derivation="inferred: a known document's day"
                    )
    return None


def dated_statement(c: Clause, i: int) -> bool:
    """ "нарушением положений Заявления лидеров России, Азербайджана и Армении от 9 ноября 2020
    года": a statement named by a known document's date ("от", "of") is that document, a
    document noun like "agreement" (the guide: a ceasefire referred to as a document)."""
    lo, hi = c.tokens[i].end, c.tokens[min(c.hi, i + STATEMENT_REACH) - 1].end
    days = {x for _, xs in documents() for x in xs}
    return any(lo < d.start <= hi and d.value in days and c._document(d) for d in c.dates)


STATEMENT_REACH = (
    12  # "the statement of the leaders of Russia, Azerbaijan and Armenia of November 9"
)


def truce_named(c: Clause) -> bool:
    return c.has(c.lex.ceasefire) or c.has(c.lex.trilateral) or c.has(c.lex.end_fighting)


def year_dated_document(c: Clause, nouns: list[int]) -> DateMention | None:
    """A document named with the past year it was signed ("the Alma Ata Declaration of 1991",
    "the 1991 Declaration", "декларации 1991 года"): a background AgreementSigned of that year
    (the guide: background facts count, dated as precisely as the text dates them). A truce's
    words in the clause leave it to the ceasefire rules."""
    if truce_named(c) or not c.ctx.today:
        return None
    one_sided = word_list("one_sided_documents")  # "declaration of independence"
    for i in nouns:
        after = c.tokens[i + 1 : min(c.hi, i + 4)]
        if any(t.lemma in one_sided or t.lower in one_sided for t in after):
            continue
        for k in range(max(c.lo, i - 2), min(c.hi, i + 3)):
            tok = c.tokens[k]
            if len(tok.text) == 4 and tok.text.isdigit() and "1900" < tok.text < c.ctx.today[:4]:
                return DateMention(tok.text, "year", "explicit", tok.start, tok.end, True)
    return None


NEWS_OF_LEAD = frozenset({"AgreementSigned", "CeasefireAgreed", "TerritoryTransferred"})
LEAD = 2  # the headline and the lead's first sentences tell the news
OLD = 7  # days before the news day past which a dated signing is not the news


def date_lead_signings(
    drafts: list[Draft], anchor: dt.date, dateline: bool, background: set[int]
) -> None:
    """ "Ереван и Баку подписали положение ..." in the headline, then "15 мая стороны подписали
    протокол" in the body: a signing (truce, handover) the lead reports undated is the news of
    the day (the guide's news dates), another event than one the body dates weeks before. The
    lead's gets the news day now (as it would later) so that the two are not folded into one;
    a lead that recalls the past (`background`: its sentences) is left undated."""
    how = "dateline" if dateline else "publication: the day the news was published"
    old = {
        (d.kind, d.sentence)
        for d in drafts
        if d.kind in NEWS_OF_LEAD
        and d.date is not None
        and d.date.precision == "day"
        and (anchor - dt.date.fromisoformat(d.date.value)).days > OLD
    }
    if not old:
        return
    for d in drafts:
        later = [k for kind, k in old if kind == d.kind]
        lead = d.sentence <= LEAD and later and all(d.sentence < k for k in later)
        lead = lead and d.sentence not in background
        if lead and d.date is None and d.modality in ("agreed", "asserted"):
            d.args["date"] = anchor.isoformat()
            d.date = DateMention(anchor.isoformat(), "day", how, -1, -1, False)


def year_of_truce(c: Clause, truce: list[int]) -> DateMention | None:
    """ "a gross violation of the 2020 ceasefire agreement", "соглашение о прекращении огня 2020
    года", "the 1994 ceasefire": a truce named with a past year is the background truce of that
    year (the guide: background facts count, dated as precisely as the text dates them), even
    where the sentence tells it broken."""
    if not c.ctx.today:
        return None
    for i in truce:
        for k in range(max(c.lo, i - 2), min(c.hi, i + 5)):
            tok = c.tokens[k]
            if len(tok.text) == 4 and tok.text.isdigit() and "1900" < tok.text < c.ctx.today[:4]:
                return DateMention(tok.text, "year", "explicit", tok.start, tok.end, True)
    return None


def watched_truce(c: Clause, i: int) -> bool:
    """ "a centre to monitor the ceasefire", "контроль режима прекращения огня": a truce that is
    the object of watching or control is presupposed as in force, not agreed in this clause
    (as "нарушив договоренность о прекращении огня" presupposes one)."""
    watchers = word_list("truce_watchers")
    return any(t.lemma in watchers or t.lower in watchers for t in c.tokens[max(c.lo, i - 3) : i])


def past_attributive_year(c: Clause, date: DateMention | None) -> DateMention | None:
    """ "Last month, ... a truce ended the worst clashes since the neighbours' 2020 war": a bare
    year standing before a noun names which thing ("the 2020 war"), it does not date the
    clause's event; another date of the clause ("last month") does. Returns that other date,
    or None when the year is not attributive or the clause has no other date."""
    if date is None or date.precision != "year":
        return None
    tokens = [t for t in c.tokens[c.lo : c.hi] if t.start == date.start]
    if not tokens:
        return None
    k = c.tokens.index(tokens[0])
    nxt = c.tokens[k + 1].text if k + 1 < c.hi else ""
    if not (nxt.isalpha() and nxt.islower()):
        return None  # "in 2020.", "in 2020, ...": the year dates the event
    lo_c, hi_c = c.tokens[c.lo].start, c.tokens[c.hi - 1].end
    others = [d for d in c.dates if lo_c <= d.start < hi_c and d.start != date.start]
    return others[0] if others else None


def presupposed_documents(c: Clause) -> list[Draft]:
    """ "the leaders would review the implementation of the January 11, 2021 agreement": a
    hedge, a plan or talks govern what is done with a document, not the document; a known
    document named by its own date ("the ... agreement", "заявление от ...") and signed before
    the article stays a background fact (the guide: background facts count)."""
    if not (c.at(c.lex.agreement) or c.has(c.lex.trilateral)):
        return []
    known = known_document(c)
    today = c.ctx.today
    if known is None or not c._document(known[1]) or not today or known[1].value >= today:
        return []
    return [document_draft(c, k, day) for k, day in [known, *further_documents(c, known[1])]]


def coordinated_days(c: Clause, date: DateMention | None) -> list[DateMention]:
    """ "the ceasefire reached on October 10 and October 17", "перемирие, согласованное 10 и 17
    октября": days joined by "and" under one deal noun name one deal each (coordination); an
    elided conjunct ("10 и 17 октября", "October 10 and 17") takes the month and year of the
    full one. Years ("договоренности 2020 и 2021 года") name the deals of those years, not one
    each, so they are left alone. The other days, beside `date`."""
    if date is None or date.start < 0 or date.precision != "day":
        return []
    text, base = c.sent.text, c.sent.start
    out: list[DateMention] = []
    for d in c.dates:
        lo, hi = (date.end, d.start) if d.start > date.end else (d.end, date.start)
        if lo <= hi and text[lo - base : hi - base].strip() in AND:
            out.append(d)
    before = ELIDED_BEFORE.search(text[: max(0, date.start - base)])
    after = ELIDED_AFTER.match(text[date.end - base :])
    for m in (before, after):
        if m is None:
            continue
        number = m.group(1)
        if len(number) <= 2 and 1 <= int(number) <= 31:
            value = f"{date.value[:8]}{int(number):02d}"
            out.append(replace(date, value=value, derivation="coordinated day"))
    return [d for d in out if d.value != date.value and d.precision == "day"]


AND = ("and", "и", "as well as", "а также")
ELIDED_BEFORE = re.compile(r"\b(\d{1,4})\s+(?:и|and)\s*$")
ELIDED_AFTER = re.compile(r"^\s+(?:and|и)\s+(\d{1,2})\b(?!\s*(?:[a-zа-я]|\d))", re.IGNORECASE)
