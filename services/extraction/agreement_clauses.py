"""Tests on an agreement clause: a war ended, a hedge, a deal cited or renewed, a truce
called for rather than agreed (split from rules_agreements.py, which decides the facts)."""

from __future__ import annotations

from .clause_guards import live_hedges
from .dates import DateMention
from .lexicon import known_wars, word_list
from .rules import Clause, _states


def ends_a_war(c: Clause, ending: list[int]) -> bool:
    """ "ended six weeks of fighting", "положило конец войне": the end of a war, told in the
    past (a ceasefire phrase alone ends no war)."""
    if c.tense != "past":
        return False
    war = c.lex.war | c.lex.hostilities
    agreed = c.at(c.lex.agree)
    return any(
        any(t.lemma in war or t.lower in war for t in c.tokens[i : min(c.hi, i + 6)])
        # "agreed to end the fighting": a truce agreed now, not the end of a war recalled
        and not any(0 < i - a <= 3 for a in agreed)
        for i in ending
    )


def war_it_ended(c: Clause) -> DateMention | None:
    """ "the peace deal that ended weeks of fighting", told after the war: the deal that
    ended the last known war before the article, dated by the war's last day."""
    today = c.ctx.today
    ended = [w for w in known_wars() if today and w[1] <= today and w[1][:4] >= "2020"]
    if not ended:
        return None
    last = max(w[1] for w in ended)
    return DateMention(last, "day", "inferred: the last day of the war it ended", -1, -1, False)


def hedged(c: Clause) -> bool:
    """A hedge within reach of a trigger ("could sign", "проект договора") voids the clause;
    one far off ("... проектов в инфраструктуре") does not."""
    lex = c.lex
    triggers = [*c.at(lex.ceasefire), *c.at(lex.agree), *c.at(lex.sign), *c.at(lex.agreement)]
    triggers += [*c.at(lex.end_fighting), *c.at(lex.exchange)]
    return any(abs(h - t) <= 10 for h in live_hedges(c) for t in triggers)


def continues_work(c: Clause) -> bool:
    """ "договорились продолжить работу над мирным договором": no document, work goes on."""
    text = " ".join(t.lower for t in c.tokens[c.lo : c.hi])
    return any(phrase in text for phrase in word_list("continue_work"))


def in_the_making(c: Clause) -> bool:
    """ "работают над завершением мирного соглашения", "считает возможным подписание мирного
    договора", "are working on a peace agreement": a deal named only as the aim of work, talks
    or a possibility is not made (the guide: a peace treaty that is only being negotiated is
    not signed). Every deal word of the clause must be so governed."""
    lex = c.lex
    deals = [*c.at(lex.agreement), *c.at(lex.end_fighting), *c.at(lex.ceasefire)]
    heads = word_list("deal_in_making")
    return bool(deals) and all(
        any(t.lemma in heads or t.lower in heads for t in c.tokens[max(c.lo, i - 3) : i])
        for i in deals
    )


def deal_object(c: Clause) -> bool:
    """What the sides agreed on is a deal of the guide's kind (borders, transport links,
    mutual recognition, a commission), not a process or a meeting."""
    words = word_list("deal_objects")
    return any(t.lemma in words or t.lower in words for t in c.tokens[c.lo : c.hi])


def cited_deal(c: Clause, i: int) -> bool:
    """ "in accordance with the statement", "в рамках мирного соглашения": a deal cited."""
    before = " ".join(t.lower for t in c.tokens[max(c.lo, i - CITING_REACH) : i])
    markers = word_list("citing_markers") | word_list("framework_markers")
    return any(marker in before for marker in markers)


CITING_REACH = 6  # "в рамках достигнутого ранее двустороннего соглашения"


def renewed(c: Clause, at: int) -> bool:
    """ "новое перемирие", "очередное перемирие", "again agreed", "agree anew": another truce."""
    words = word_list("renewal_words")
    return any(t.lower in words for t in c.tokens[max(c.lo, at - 6) : min(c.hi, at + 2)])


def issuers(c: Clause, signed: list[int], exclude: set[str]) -> list[str]:
    """ "Russia, the United States and France issued a joint statement": the states that
    issue a joint document are its parties, though they are also its speakers."""
    if not signed or not exclude:
        return []
    before = [r for r in c.inside() if r.mention.last < signed[0] and not r.as_place]
    return _states([r for r in before if r.name in exclude or r.state in exclude], set())


def called_for(c: Clause, i: int) -> bool:
    """ "a joint statement calling for a ceasefire", "призвали к прекращению огня": asked,
    not agreed (the statement itself may still be a document signed)."""
    calls = word_list("truce_calls")
    return any(t.lemma in calls or t.lower in calls for t in c.tokens[max(c.lo, i - 3) : i])


def no_document(c: Clause, i: int) -> bool:
    before = {t.lower for t in c.tokens[max(c.lo, i - 2) : i]}
    return bool(before & word_list("no_document"))


def time_point(c: Clause, i: int) -> bool:
    """ "by the moment of signing the agreement", "на момент подписания соглашения": a signing
    named as the point of time of another event is the document told elsewhere (the guide:
    a repeated mention is annotated once), not a signing reported here."""
    words = word_list("signing_time_points")
    return any(t.lemma in words or t.lower in words for t in c.tokens[max(c.lo, i - 3) : i])
