"""What the words around a meeting say about it: planned or held, hedged, ahead, bilateral.

Predicates over a clause and its meeting word (`trig`), used by `rules_meetings`.
"""

from __future__ import annotations

from itertools import pairwise

from .cues import Role
from .dates import DateMention
from .lexicon import word_list
from .rules import Clause


def infinitive_plan(c: Clause, trig: int) -> bool:
    """An infinitive of holding names a meeting still to come, whatever governs it (a wish is
    caught before, as a hedge): "Putin, Aliyev to hold talks", "agreed to meet",
    "договорились провести переговоры", "решение встретиться"."""
    lo = max(c.lo, trig - 3)
    if any(t.lower == "to" for t in c.tokens[lo:trig]) and any(
        t.lemma in ("hold", "meet") for t in c.tokens[lo : trig + 1]
    ):
        return True
    holding = word_list("holding_infinitives")
    return any(
        t.lemma in holding and t.lower.endswith(("ть", "ти", "ться", "тись"))
        for t in c.tokens[max(c.lo, trig - 2) : trig + 1]
    )


def trilateral(c: Clause, trig: int) -> bool:
    """ "трехсторонняя встреча", "the tripartite meeting held", "встреча в трехстороннем
    формате": the word counts the sides of the meeting it qualifies, not of another meeting
    the clause names ("during his talks with X he said a trilateral meeting was agreed")."""
    return any(trig - 3 <= i <= trig + 3 for i in c.at(c.lex.trilateral))


def bilateral(c: Clause, trig: int) -> bool:
    """ "двусторонние переговоры", "separate talks": the bilateral word qualifies a meeting."""
    return any(abs(i - trig) <= 6 for i in c.at(c.lex.bilateral)) or any(
        abs(i - m) <= 6 for i in c.at(c.lex.bilateral) for m in c.at(c.lex.meeting)
    )


def host(c: Clause, trig: int, participants: list[str]) -> str:
    """Who holds the separate talks: the participant who is the subject of the verb before the
    bilateral word ("Before the trilateral meeting Blinken held separate talks with the two
    ministers"), else the participant named before the meeting word."""
    marks = c.at(c.lex.bilateral)
    if marks:
        mark = min(marks, key=lambda k: abs(k - trig))
        named = [r for r in c.inside() if r.name in participants and r.mention.last < mark]
        if named and any(t.tense for t in c.tokens[named[-1].mention.last + 1 : mark]):
            return named[-1].name
    before = [r.name for r in c.roles if r.name in participants and r.mention.last < trig]
    return before[-1] if before else participants[0]


def after_today(c: Clause, value: str) -> bool:
    today = c.ctx.today[: len(value)]
    return bool(today) and value > today


def before_news(c: Clause, value: str) -> bool:
    """A day (or month) wholly before the news day: no plan still to come falls on it."""
    today = c.ctx.today[: len(value)]
    return bool(today) and value < today


def before_today(c: Clause, date: DateMention) -> bool:
    """A day already past when the news was written (a plan told after the fact is a meeting
    that took place: "мы приветствуем проведение 10-11 мая переговоров", written on 15 May)."""
    today = c.ctx.today
    if any(c.tokens[k].tense == "past" for k in c.at(c.lex.planned)):
        return False  # "Путин планировал организовать встречу 9 ноября": a plan, not a meeting
    return bool(today) and date.precision == "day" and date.value < today and c.tense != "futr"


def ahead(c: Clause, trig: int) -> bool:
    """ "Ahead of tomorrow's meeting", "в преддверии встречи": the meeting is still to come."""
    before = " ".join(t.lower for t in c.tokens[max(c.lo, trig - 3) : trig])
    upcoming = word_list("upcoming_words")  # "the upcoming peace talks", "предстоящей встречи"
    near = c.tokens[max(c.lo, trig - 2) : trig]
    return any(w in before for w in word_list("ahead_words")) or any(
        t.lower in upcoming or t.lemma in upcoming for t in near
    )


def held_participle(c: Clause, trig: int) -> bool:
    """ "the meeting held in", "состоявшейся встречи": the word itself says it took place."""
    words = word_list("held_participles")
    near = [k for k in (trig - 2, trig - 1, trig + 1) if c.lo <= k < c.hi]
    # right after the noun ("the meeting held"), never "will be held"
    return (
        any(c.tokens[k].lower in words or c.tokens[k].lemma in words for k in near)
        or _russian_participle_before(c, trig)
    ) and not (trig + 1 < c.hi and c.tokens[trig + 1].lower in ("will", "to", "would", "is", "be"))


def _russian_participle_before(c: Clause, trig: int) -> bool:
    """ "начавшейся в Астане в пятницу встречи": a Russian participle of a verb of taking
    place a few words before the meeting noun."""
    verbs = word_list("held_participle_verbs")
    endings = tuple(word_list("ru_participle_endings"))
    for k in range(max(c.lo, trig - 6), trig - 2):
        t = c.tokens[k]
        if t.lemma in verbs and t.lower.endswith(endings):
            return True
    return False


def arrived_for(c: Clause, trig: int) -> bool:
    """ "прибыли в Алма-Ату для переговоров", "arrived in Almaty for talks": past arrival for
    the meeting, which is under way."""
    if trig == c.lo or c.tokens[trig - 1].lower not in word_list("arrival_purpose"):
        return False
    arrivals = word_list("arrived_forms")
    return any(t.lower in arrivals for t in c.tokens[max(c.lo, trig - 10) : trig - 1])


def dated_caption(c: Clause) -> bool:
    """A clause with no verb naming a day with its year: a photo caption of a past event."""
    return any(d.explicit_year and d.precision == "day" for d in c.dates)


def hedges(c: Clause) -> list[int]:
    """Hedging words, except the future of reported speech ("said he would hold talks")."""
    speech = c.at(c.lex.speech)
    return [
        h
        for h in c.at(c.lex.hypothetical)
        if not (c.tokens[h].lower == "would" and any(0 < h - v <= 4 for v in speech))
        and not reported_future(c, h, speech)
        and not preparing(c, h)
    ]


def reported_future(c: Clause, h: int, speech: list[int]) -> bool:
    """ "the ministry said ... that Bayramov would meet with ...", "according to ..., they would
    hold talks": "would" right before the meeting verb, in a clause a speech verb or a source
    opens, is the future of reported speech, however far the names push it from the verb."""
    if c.tokens[h].lower != "would":
        return False
    said = any(v < h for v in speech) or any(
        c.tokens[k].lower == "according" for k in range(c.lo, h)
    )
    between = {t.lower for t in c.tokens[h + 1 : h + 3]}
    return said and any(0 < m - h <= 2 for m in c.at(c.lex.meeting)) and "not" not in between


def preparing(c: Clause, at: int) -> bool:
    """ "ведется подготовка встречи": a meeting being prepared is planned, not hypothetical."""
    return bool({c.tokens[at].lemma, c.tokens[at].lower} & word_list("preparation"))


def modal(c: Clause) -> bool:
    """ "может состояться", "could take place": a modal right before the meeting verb; or a
    sentence that opens with a condition."""
    opening = {t.lower for t in c.tokens[:3]}
    if opening & word_list("conditional_openers"):
        return True
    found = hedges(c)
    return any(abs(h - i) <= 2 for i in c.at(c.lex.meet_event) for h in found)


def occasion_of_saying(c: Clause, trig: int) -> bool:
    """ "Путин заявил в ходе встречи с Алиевым", "said during talks with": the meeting is the
    occasion of words already said, so it took place, whatever the words announce."""
    before = [t.lower for t in c.tokens[max(c.lo, trig - 3) : trig]]
    opening = {t.lower for t in c.tokens[max(c.lo, trig - 4) : trig]}
    after = opening & word_list("after_talks_words")  # "said after 10 hours of talks"
    if not after and not any(
        before[-len(w.split()) :] == w.split() for w in word_list("occasion_words")
    ):
        return False
    near = range(-12, 13) if after else range(1, 7)  # "после консультаций ... Лавров заявил"
    speech = [v for v in c.at(c.lex.speech) if trig - v in near and v != trig]
    if after:  # a named person speaks of the talks, not the words reported after "что/that"
        people = [r for r in c.inside() if r.kind == "person"]
        between = {t.lower for v in speech for t in c.tokens[min(v, trig) : max(v, trig)]}
        speech = speech if people and not between & {"что", "that"} else []
    return any(c.tokens[v].tense == "past" or c.tokens[v].lower.endswith("ed") for v in speech)


def occasion_of_act(c: Clause, trig: int) -> bool:
    """ "During a meeting in Moscow, the leaders ... made a decision", "в ходе встречи стороны
    обсудили": a meeting named as the occasion of an act told in the past took place (as the
    occasion of words said does, `occasion_of_saying`); an article or possessive may stand
    between ("during a meeting", "during their talks")."""
    skip = word_list("determiners")
    before = [t.lower for t in c.tokens[max(c.lo, trig - 4) : trig] if t.lower not in skip]
    if not any(before[-len(w.split()) :] == w.split() for w in word_list("occasion_words")):
        return False
    return c.tense == "past"


def agreed_at(c: Clause, trig: int) -> bool:
    """ "Азербайджан и Армения на переговорах в Москве договорились о прекращении огня",
    "agreed after talks in Moscow": talks that something was agreed at took place."""
    ordinals = word_list("meeting_ordinals")
    before = [
        t.lower
        for t in c.tokens[max(c.lo, trig - 5) : trig]
        if not (t.lower in ordinals or t.lemma in ordinals or t.lower[:1].isdigit())
    ][-3:]
    if not any(before[-len(w.split()) :] == w.split() for w in word_list("agreed_at_words")):
        return False
    t = c.tokens[trig]
    if before[-1:] == ["на"] and not (t.has_case("loct") and t.cases != "*"):
        return False  # "согласился на встречу": agreed to a meeting still to come
    deals = [v for v in c.at(c.lex.agree) + c.at(c.lex.sign) if 0 < abs(v - trig) <= 12]
    return any(c.tokens[v].tense == "past" or c.tokens[v].lower.endswith("ed") for v in deals)


def agreed_to(c: Clause, trig: int) -> bool:
    """ "согласился на встречу", "agreed to a meeting": consent to a meeting still to come."""
    t = c.tokens[trig]
    before = [x.lower for x in c.tokens[max(c.lo, trig - 2) : trig]]
    if not before or before[-1] not in ("на", "to"):
        return False
    if before[-1] == "на" and t.cases != "*" and not t.has_case("accs"):
        return False  # "на переговорах": at talks, not to them
    consent = word_list("agree_words")
    return any(
        x.lemma in consent or x.lower in consent for x in c.tokens[max(c.lo, trig - 4) : trig]
    )


def since_date(c: Clause, date: DateMention) -> bool:
    """ "the first meeting since the attack in September 2022", "впервые с сентября": the date
    a "since" opens marks the time before the meeting, not its day."""
    before = [t for t in c.tokens[c.lo : c.hi] if t.end <= date.start][-8:]
    return any(t.lower in word_list("since_words") for t in before)


def remote(c: Clause, trig: int) -> bool:
    """Talks at a distance are no meeting: "в режиме видеоконференции", "via video link" near
    the meeting word, a phone word before it ("созвонился с ... для обсуждения повестки
    переговоров"), or a side that "stopped attending" the meetings."""
    video, phone = word_list("remote_talk_words"), word_list("phone_words")
    stopped = word_list("stopped_words")
    near = c.tokens[max(c.lo, trig - 6) : min(c.hi, trig + 7)]
    pairs = {f"{a.lower} {b.lower}" for a, b in pairwise(near)}
    if pairs & video or any(t.lemma in video or t.lower in video for t in near):
        return True
    if any(t.lemma in phone or t.lower in phone for t in c.tokens[c.lo : trig]):
        return True
    if _by_phone(c, trig):
        return True
    return any(
        t.lemma in stopped or t.lower in stopped for t in c.tokens[max(c.lo, trig - 4) : trig]
    )


def _by_phone(c: Clause, trig: int) -> bool:
    """ "по телефону обсудили итоги саммита", "discussed by phone the results of the summit":
    "by phone" before the meeting word, or anywhere when that word is a noun ("the outcome of
    the talks was discussed by phone"), makes the clause's talk a call, whose topic it names."""
    noun = not (c.tokens[trig].pos == "VERB" or c.tokens[trig].lower.startswith(("met", "meet")))
    words = [t.lower for t in c.tokens[c.lo : c.hi if noun else trig]]
    said = {" ".join(words[i : i + n]) for n in (2, 3) for i in range(len(words) - n + 1)}
    return bool(said & word_list("phone_adverbials"))


def postponement_asked(c: Clause) -> bool:
    """ "the Armenian side asked to postpone the meeting", "Азербайджан попросил перенести
    переговоры": a request, the meeting is not moved yet."""
    asks = word_list("request_words")
    return all(
        any(t.lemma in asks or t.lower in asks for t in c.tokens[max(c.lo, at - 3) : at])
        for at in c.at(c.lex.postpone)
    )


def escorting(c: Clause, trig: int, at: int) -> bool:
    """ "Aliyev, accompanied by his foreign minister, met ...", "на встрече их сопровождали
    супруги": a person after an escort word (up to the meeting word when it follows) only
    accompanies."""
    escort = word_list("escort_words")
    marks = [
        k for k in range(c.lo, at) if c.tokens[k].lemma in escort or c.tokens[k].lower in escort
    ]
    return any(k > trig or at < trig for k in marks)


def only_escorts(c: Clause, trig: int, roles: list[Role]) -> bool:
    """The people of the clause only accompany someone: no meeting of theirs."""
    return any(r.kind == "person" and escorting(c, trig, r.mention.first) for r in roles)
