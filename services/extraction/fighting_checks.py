"""Whether a fighting or deployment word in a clause tells that event (evt2).

Fighting told as ended ("the fighting has stopped") tells its end; fighting told after a truce
agreed in the same clause ("agreed to a ceasefire ... after Azerbaijan launched an offensive")
is a fact of its own; a force named as a broker with its station ("with the mediation of the
Russian peacekeeping contingent stationed in Nagorno-Karabakh") or a "zone of deployment"
deploys no one; nor does a deployment a document provides for, a temporary stay, control of
"the situation", and completing a deployment withdraws no one (evt6)."""

from __future__ import annotations

import datetime as dt

from .dates import DateMention
from .lexicon import word_list
from .rules import Clause


def told_as_ended(c: Clause, i: int) -> bool:
    """ "the fighting has stopped", "боевые действия остановлены", "the war has ended": the
    sentence tells the end, not the fighting."""
    ended = word_list("ended_words")
    war = c.tokens[i].lemma in c.lex.war or c.tokens[i].lower in c.lex.war
    if war and c.date_near(i) is not None:
        return False  # "a separatist war there ended in 1994": a war recalled with its date
    return any(
        c.tokens[k].lemma in ended or c.tokens[k].lower in ended
        for k in range(i + 1, min(c.hi, i + 7))
    )


def after_truce(c: Clause, i: int) -> int | None:
    """ "agreed to a ceasefire ... after Azerbaijan launched an offensive": the trigger sits in
    a temporal clause after the truce's words, so it tells the fighting before the truce.
    Returns the index of the "after" word."""
    afters = word_list("truce_after_words")
    truce = [*c.at(c.lex.ceasefire), *c.at(c.lex.agree)]
    return next(
        (
            k
            for k in range(i - 1, max(c.lo, i - 12) - 1, -1)
            if c.tokens[k].lower in afters and any(t < k for t in truce)
        ),
        None,
    )


def named_in_passing(c: Clause, i: int, keepers: list[int]) -> bool:
    """The deployment word only names the force or its zone (the guide: "temporarily
    stationed" in a formula and a "zone of deployment" named in passing are no deployment):
    "в зоне их развертывания", "the contingent stationed in Karabakh" after a mediation word."""
    zone = word_list("deployment_zone_words")
    if any(t.lemma in zone or t.lower in zone for t in c.tokens[max(c.lo, i - 2) : i]):
        return True
    attribute = any(0 < i - k <= 2 for k in keepers)  # "контингента, дислоцированного в"
    brokers = [*c.at(c.lex.mediation), *c.at(word_list("participation_words"))]
    return attribute and any(0 < k - b <= 6 for k in keepers for b in brokers)


def zone_owners(c: Clause, keepers: list[int]) -> bool:
    """Every mention of the peacekeepers names the owner of a zone ("вошли в зону
    ответственности российских миротворцев", "out of the zone of deployment of the Russian
    peacekeepers"): whoever moves there, it is not the peacekeepers. Only the zone's own
    words stand between ("в зоне конфликта размещен контингент" places the force)."""
    zone = word_list("deployment_zone_words")
    links = word_list("zone_owner_links")

    def owner(k: int) -> bool:
        for j in range(k - 1, max(c.lo, k - 7) - 1, -1):
            t = c.tokens[j]
            if t.lemma in zone or t.lower in zone:
                return True
            if t.lower not in links and t.lemma not in links:
                return False
        return False

    return bool(keepers) and all(owner(k) for k in keepers)


def day_before(c: Clause, since: int, truce_day: DateMention) -> DateMention | None:
    """ "20 сентября ... договорились о перемирии после того, как днём ранее армия начала
    операцию", "agreed to a ceasefire on September 20, a day after": the fighting's day is
    the day before the truce's."""
    if truce_day.precision != "day":
        return None
    text = " ".join(t.lower for t in c.tokens[max(c.lo, since - 2) : c.hi])  # "a day after"
    if not any(phrase in text for phrase in word_list("day_before_words")):
        return None
    day = dt.date.fromisoformat(truce_day.value) - dt.timedelta(days=1)
    derived = "relative: the day before the truce's day"
    return DateMention(day.isoformat(), "day", derived, -1, -1, truce_day.explicit_year)


def fighting_as_a_place(c: Clause, i: int) -> bool:
    """ "в зоне боевых действий", "с поля боя", "outside the combat zone", "at their
    fighting positions": the fighting names where something is, it reports no fight (evt3)."""
    before = word_list("fighting_place_before")
    after = word_list("fighting_place_after")
    ahead = c.tokens[max(c.lo, i - 2) : i]
    behind = c.tokens[i + 1 : min(c.hi, i + 2)]
    return any(t.lemma in before or t.lower in before for t in ahead) or any(
        t.lower in after for t in behind
    )


def a_blaze(c: Clause, i: int) -> bool:
    """ "set fire to the houses", "setting their homes on fire", "a fire broke out": the fire
    is a blaze, not gunfire (evt4)."""
    if c.tokens[i].lower not in word_list("blaze_nouns"):
        return False
    setting = word_list("blaze_verbs")
    before = c.tokens[max(c.lo, i - 5) : i]
    after = " ".join(t.lower for t in c.tokens[i + 1 : min(c.hi, i + 3)])
    return (
        (i > c.lo and c.tokens[i - 1].lower == "on")
        or any(t.lemma in setting or t.lower in setting for t in before)
        or after.startswith("broke out")
    )


def completes_deployment(c: Clause, i: int) -> bool:
    """ "Russia completes deployment of peacekeepers": a completion word before a deployment
    word completes the deployment, it withdraws no one."""
    if c.tokens[i].lemma not in word_list("completion_words") and (
        c.tokens[i].lower not in word_list("completion_words")
    ):
        return False
    return any(i < k <= i + 3 for k in c.at(c.lex.deploy))


def provided_or_temporary(c: Clause, i: int) -> bool:
    """ "the deal envisioned the deployment of peacekeepers", "allowed peacekeepers to be
    deployed", "о временном размещении": a term of a document or a temporary stay (the guide:
    future deployment and "temporarily stationed" are no deployment)."""
    words = word_list("provided_deployment_words")
    return any(t.lemma in words or t.lower in words for t in c.tokens[max(c.lo, i - 8) : i])


def controls_no_area(c: Clause, i: int) -> bool:
    """ "миротворцы контролируют ситуацию", "control the situation": a state of affairs, no
    area under control."""
    things = word_list("not_an_area")
    return any(t.lemma in things or t.lower in things for t in c.tokens[i + 1 : i + 3])


def denied_fire(c: Clause, i: int) -> bool:
    """Fire the sentence negates is no fact (hos14): "taking over the district without a
    single shot", "без единого выстрела"; a claim marked false by "якобы"; a report the
    sentence denies ("denied reports that shelling destroyed", "опровергло сообщения об
    обстреле", "сообщение о том, что якобы ... открыли огонь, не соответствует
    действительности")."""
    without, alleged = word_list("without_words"), word_list("alleged_words")
    if any(t.lower in without for t in c.tokens[max(c.lo, i - 3) : i]):
        return True
    if any(t.lower in alleged for t in c.tokens[max(0, i - 10) : i]):
        return True
    denials, claims = word_list("denial_words"), word_list("claim_words")
    for k in range(max(0, i - 8), i):
        t = c.tokens[k]
        if t.lemma in denials or t.lower in denials:
            between = c.tokens[k + 1 : i]
            return any(w.lower in claims or w.lemma in claims for w in between)
    return False


def background_fighting(c: Clause, i: int) -> bool:
    """Fighting named as the cause or the backdrop of something else, with no date of its own,
    is background, no episode (the guide: "the war" as background is no fact): "fled because
    of the hostilities", "talks amid clashes", "из-за боевых действий", "на фоне обстрелов".
    A time counted from the fighting ("since the beginning of", "с начала") recalls the war
    itself and stays."""
    before = " ".join(t.lower for t in c.tokens[max(c.lo, i - 4) : i])
    if not any(f" {p} " in f" {before} " for p in word_list("backdrop_phrases")):
        return False
    # its own date may follow its place: "the fighting in Martuni on September 27, 2020"
    lo, hi = c.tokens[max(c.lo, i - 2)].start, c.tokens[min(c.hi - 1, i + 5)].end
    return not any(lo <= d.start < hi for d in c.dates)


def told_toll(c: Clause, i: int) -> bool:
    """ "Yesterday, X stated that 105 soldiers had been killed in the hostilities", "On
    September 27, Baku announced its losses in the battles", "27 сентября сообщили о потерях в
    боях": a toll of fighting told on a day is the telling's news; the day dates the saying,
    and the fighting, the frame of the toll, is the episode told elsewhere (hos15)."""
    tolls = word_list("toll_words")
    before = c.tokens[max(c.lo, i - 4) : i]
    if not any(t.lemma in tolls or t.lower in tolls for t in before):
        return False
    date = c.date_near(i)
    if date is None or date.start >= c.tokens[i].start:
        return False
    # the date opens the saying: a speech verb follows it within a few words, before the toll
    at = next(k for k in range(c.lo, i + 1) if c.tokens[k].end > date.start)
    return c.dates_the_saying(date) or any(at < v < i and v - at <= 6 for v in c.at(c.lex.speech))
