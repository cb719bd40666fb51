"""Ceasefires, other agreements and prisoner exchanges in a clause.

A ceasefire's parties are the warring sides only; any other state named as agreeing is its
mediator (the corpus README: "the mediator is not a party"). An agreement needs a document
noun or a signing verb and two parties; a lone "X agreed to ..." is not one.
"""

from __future__ import annotations

from .agreement_agents import document_agents
from .agreement_clauses import (
    called_for,
    cited_deal,
    continues_work,
    deal_object,
    ends_a_war,
    hedged,
    in_the_making,
    issuers,
    no_document,
    renewed,
    time_point,
    war_it_ended,
)
from .agreement_hosts import without_hosts
from .agreement_objects import (
    agreed_document,
    attributive,
    decided,
    meeting_object,
    mutual_release,
    statements,
)
from .agreement_parties import (
    adjective_sides,
    karabakh_party,
    meeting_context,
    meeting_day,
    parties_of,
    person_states,
    reached_noun,
    signers,
    split_mediator,
    talked_of,
)
from .clause_guards import guarded, mediating_party, negated
from .discourse import Draft
from .exchanges_told import (
    plain_exchange,
)
from .lexicon import document_signatories, role_names, word_list
from .named_documents import document_draft, further_documents, listed_documents
from .rules import Clause
from .signing_checks import (
    coordinated_days,
    dated_statement,
    known_document,
    past_attributive_year,
    presupposed_documents,
    signing_to_come,
    statement_of_2020,
    watched_truce,
    year_dated_document,
    year_of_truce,
)
from .statement_swaps import statement_of_swap
from .swaps_told import swaps_told
from .truce_adjuncts import undate_adjunct_truces


def peace_to_come(c: Clause, i: int) -> bool:
    """ "began to discuss the peace treaty", "обсудили ... мирное соглашение", "согласовали
    текст мирного соглашения": a peace agreement the object of a verb of talking, or named by
    its text or draft, is negotiated, not reached, so it ends no fighting."""
    if c.tokens[i].lemma not in word_list("peace_words"):
        return False
    talk = word_list("peace_talked")
    if any(t.lemma in talk for t in c.tokens[c.lo : i]):  # the verb governs all after it
        return True
    return any(t.lemma in word_list("treaty_drafts") for t in c.tokens[max(c.lo, i - 2) : i])


def agreements(c: Clause, cease_near: bool, exclude: set[str]) -> list[Draft]:
    out = undate_adjunct_truces(c, _agreements(c, cease_near, exclude))  # "amid the truce"
    out += statement_of_swap(c, out)  # "agreed on the swap ... in a joint statement"
    return listed_documents(c, out)  # "от 9 ноября 2020 года, 11 января 2021 года"


def _cited(c: Clause, exclude: set[str]) -> list[Draft]:
    """ "призвала к реализации трехстороннего заявления, которое подписали ...": a hedge governs
    what is done with a cited document, not the document; the trilateral statement of the two
    sides and Russia stays a background fact, the truce of November 2020."""
    nouns = c.at(c.lex.agreement)
    if not nouns or not cited_deal(c, nouns[0]) or not c.has(c.lex.trilateral):
        return []
    parties = parties_of(c, exclude, None)
    if len(parties) < 2:
        parties = adjective_sides(c, c.at(c.lex.sign)) or parties
    found = statement_of_2020(c, parties, None, True, None)
    if found is None:
        return []
    sides, mediator, day = found
    return [c.draft("CeasefireAgreed", {"parties": sides, "mediator": mediator}, "referenced", day)]


def _agreements(c: Clause, cease_near: bool, exclude: set[str]) -> list[Draft]:
    lex = c.lex
    if c.has(lex.attempt):
        return []
    if hedged(c) or continues_work(c) or in_the_making(c):
        return plain_exchange(c, exclude) + presupposed_documents(c) + _cited(c, exclude)
    if c.has(lex.anniversary):
        # "к годовщине подписания заявления от 9 ноября 2020 года": only the document itself
        known = known_document(c) if c.at(lex.agreement) else None
        if known is None:
            return []
        sides, by = document_signatories(known[1].value)
        named: dict[str, str | list[str] | None] = {"parties": sides or None, "mediator": by}
        return [c.draft(known[0], named, "referenced", known[1])]
    if any(no_document(c, i) for i in c.at(lex.agreement)):
        return []  # "no document was signed", "talks ended without an agreement"
    asked = [i for i in c.at(lex.ceasefire) if called_for(c, i)]
    cease = [i for i in c.at(lex.ceasefire) if not guarded(c, i) and i not in asked]
    watched = [i for i in cease if watched_truce(c, i)]  # "a centre to monitor the truce"
    cease = [i for i in cease if i not in watched]
    # the truce near is the one asked for, or watched, here
    cease_near = cease_near and not asked and not watched
    ending = [i for i in c.at(lex.end_fighting) if not guarded(c, i) and not watched_truce(c, i)]
    agree = [i for i in c.at(lex.agree) if not negated(c, i)]
    agree += [i for i in reached_noun(c) if i not in agree and not negated(c, i)]
    signed = [i for i in c.at(lex.sign) if not negated(c, i)]
    if signed and all(time_point(c, i) for i in signed) and not c.has(lex.ceasefire):
        return []  # "by the moment of signing the agreement": the signing told elsewhere
    forms = word_list("not_agreement_forms")
    nouns = [i for i in c.at(lex.agreement) if not guarded(c, i) and c.tokens[i].lower not in forms]
    # "договоренность о проведении встречи": an agreement to meet is a meeting to come
    nouns = [i for i in nouns if not meeting_object(c, i)]
    # "a statement was signed by the leaders": signed, a statement is a document
    nouns += [i for i in statements(c) if any(abs(i - j) <= 3 for j in signed)]
    nouns += [i for i in statements(c) if i not in nouns and dated_statement(c, i)]
    nouns += [i for i in agreed_document(c, agree) if i not in nouns]
    mediator_role, mediator = mediating_party(c)
    parties = parties_of(c, {*exclude, *([mediator_role.name] if mediator_role else [])}, mediator)
    if not parties and any(r.name in role_names("border") for r in c.inside()):
        parties = sorted(role_names("border_sides"))
    talks = meeting_context(c)
    if not parties and talks is not None and (c.at(lex.sign) or c.at(lex.agree)):
        # "Лидеры поставили свои подписи под документом": the states of who just met
        people = talks.args.get("participants")
        parties = person_states(people if isinstance(people, list) else [], set())
    if len(parties) < 2:
        parties = adjective_sides(c, [*agree, *signed]) or parties
    parties = karabakh_party(c, parties)
    kind = ""
    violated = c.has(lex.violation)
    # "a violation of the 2020 ceasefire agreement": the truce of that year, broken or not
    then = year_of_truce(c, cease + (nouns if c.has(lex.trilateral) else []))
    violated = violated and then is None
    known = known_document(c) if nouns else None
    # "нарушив договоренность о прекращении огня": a truce broken is no truce agreed
    named_truce = bool(cease) and bool(
        agree or signed or ((nouns or c.tense == "past") and not violated)
    )
    # "a Russian-brokered peace deal" is the truce; a signed peace declaration is a document
    brokered_peace = bool(mediator) and c.has(lex.peace) and c.tense == "past" and not signed
    brokered_peace = brokered_peace and not any(peace_to_come(c, i) for i in c.at(lex.peace))
    # "обсудили мирное соглашение", "discussed a peace deal": the treaty to come ends nothing
    ending = [i for i in ending if not peace_to_come(c, i)]
    # "боестолкновения прекратились согласно договоренности": fighting stopped by a deal
    stopped = c.has(lex.hostilities) and c.has(lex.cessation) and c.tense == "past"
    stopped = stopped and not watched  # "контроль режима прекращения огня": no stop told
    truce_deal = bool(nouns) and bool(
        (ending and not violated)
        or brokered_peace
        or (cease_near and (agree or signed))
        or (stopped and not violated)
    )
    # "agreed to hold a meeting": a meeting announced, no deal
    agree_deal = [a for a in agree if not meeting_object(c, a)]
    decision = decided(c)
    nouns_deal = [] if agree and not agree_deal and not signed else nouns
    if known is not None:
        kind = known[0]
    elif named_truce or truce_deal:
        kind = "CeasefireAgreed"
    elif not signing_to_come(c, signed, agree) and (
        # a document signed or issued, whatever its clauses promise (the guide: a joint
        # statement with a prisoner clause is an agreement and an exchange agreed)
        (nouns_deal and signed)
        or (
            # "an agreement was reached on the release of 32 servicemen by X and 2 by Y": the
            # deal's object is the swap, a PrisonerExchangeAgreed rather than a second fact
            not (c.has(lex.exchange) or mutual_release(c, c.at(lex.prisoners)))
            and (
                (
                    (agree_deal or signed)
                    and (nouns_deal or meeting_context(c))
                    and len(parties) >= 2
                )
                # "agreed to unblock transport links", "договорились о делимитации": a deal
                # (a meeting may place the deal: "agreed ... during a summit in Sochi")
                or (agree_deal and len(parties) >= 2 and deal_object(c) and not talked_of(c))
                # "the leaders of X, Y and Z made a decision to create a working group"
                or (len(parties) >= 2 and c.tense == "past" and bool(decision))
            )
        )
    ):
        kind = "AgreementSigned"
    if then is not None and known is None:
        kind = "CeasefireAgreed"
    anchor = (cease or nouns or agree or signed or decision or [c.lo])[0]
    date = known[1] if known is not None else c.date_near(anchor, documents=True)
    date = then if then is not None and known is None else date
    date = (known is None and then is None and past_attributive_year(c, date)) or date
    # "within the framework of the agreements reached", "в рамках достигнутых ранее
    # договоренностей": a participle beside the cited noun only qualifies it
    told = [a for a in agree if a not in signed and not attributive(c, a, nouns)]
    cited = known is None and bool(nouns) and cited_deal(c, nouns[0]) and not told
    if cited and (date is None or not c._document(date)):  # "the protocol signed on April 19"
        date = None  # "согласно трехстороннему заявлению": the day is the event's, not the deal's
    ctx = c.ctx
    if (
        date is None
        and ctx.event_date
        and ctx.event_date[0] == c.sent.paragraph
        and c.index - ctx.event_date[1] <= 1
        and (cease or agree)
    ):
        date = ctx.event_date[2]
    held = meeting_day(c, anchor) if known is None and then is None else None
    date = held or date  # "during the meeting, held on April 6, an agreement was reached"
    meeting = meeting_context(c)
    if date is None and meeting and meeting.date:
        date = meeting.date
    if date is None and kind == "CeasefireAgreed" and ends_a_war(c, ending):
        date = war_it_ended(c)
    out: list[Draft] = []
    if date is None or date.value[:4] > "1991":  # "the boundary at the collapse of the USSR"
        parties = [p for p in parties if p not in word_list("defunct_states")]
    # named in passing ("under the peace deal") rather than reported as agreed now
    reported = bool(cease) and c.tense in ("past", "pres") and not violated
    # a deal cited as the ground of an event is named in passing: it is not dated as news
    reached = bool(agree or signed or reported or decision)
    modality = "agreed" if reached and not cited else "referenced"
    as_truce = None
    if kind == "AgreementSigned":
        as_truce = statement_of_2020(c, parties, date, cited, mediator)
    if as_truce is not None and known is None:
        kind, (parties, mediator, date) = "CeasefireAgreed", as_truce
    if kind == "AgreementSigned" and cited and date is None and not signed:
        kind = ""  # "following the agreements reached": no document the text dates or names
    if known is not None:
        # a document known by its date: its signatories, not whoever else the clause names
        known_parties, known_mediator = document_signatories(known[1].value)
        parties, mediator = known_parties or parties, known_mediator or mediator
    if kind == "CeasefireAgreed":
        sides, mediator = split_mediator(parties, mediator)
        args: dict[str, str | list[str] | None] = {"parties": sides or None, "mediator": mediator}
        truce = c.draft(kind, args, modality, date)
        # "договорились о новом перемирии", "agreed anew": not the truce dated before
        truce.another_occasion = known is None and renewed(c, (cease or nouns or [anchor])[0])
        out.append(truce)
    elif kind:
        if kind == "AgreementSigned":
            # a signed document's parties are its signers where the clause names them
            signing = signers(c, signed, exclude)
            parties = issuers(c, signed, exclude) + [p for p in signing or parties if p]
            parties = list(dict.fromkeys(parties))
            # "talks hosted by X", "at the invitation of X": the host is no party
            parties = without_hosts(c, parties)
            # "France welcomed the statement signed by Armenia and Azerbaijan": its makers
            parties = document_agents(c, exclude) or parties
        out.append(c.draft(kind, {"parties": parties or None}, modality, date))
    if out and out[0].kind in ("CeasefireAgreed", "AgreementSigned") and known is None:
        # "the ceasefire reached on October 10 and October 17": one deal per day
        for day in coordinated_days(c, out[0].date):
            again = c.draft(out[0].kind, dict(out[0].args), out[0].modality, day)
            again.another_occasion = True
            out.append(again)
    if nouns:  # "the 9 November statement as well as the 11 January 2021 document"
        for other_kind, day in further_documents(c, known[1] if known else None):
            out.append(document_draft(c, other_kind, day))
    signed_then = year_dated_document(c, nouns)
    years = {d.date.value[:4] for d in out if d.date is not None}
    if signed_then is not None and signed_then.value not in years:
        # "the Alma Ata Declaration of 1991" (evt2), also beside an agreement reached now
        out.append(
            c.draft("AgreementSigned", {"parties": parties or None}, "referenced", signed_then)
        )
    return swaps_told(c, out, agree, cease, known is not None, parties, mediator, date, exclude)
