"""Words exchanged in a conversation are no statement on the record (the guide, f13c "told
him", f18 "private phone call"): what a speaker tells, thanks or assures another named person
("Aliyev told Putin that", "Пашинян рассказал российскому президенту о", "поблагодарил Путина"),
and what two people jointly discussed and noted in their call ("Путин и Пашинян в ходе
телефонного разговора обсудили ... и констатировали"), are theirs in private. Words to the
press ("told reporters") or to a state ("urged Armenia") stay on the record."""

from __future__ import annotations

from itertools import pairwise

from .lexicon import word_list
from .rules import Clause


def _listener_after(c: Clause, v: int) -> bool:
    """A named person is the verb's first object, only titles and attributes between."""
    toks = c.tokens
    stop = word_list("listener_stops")
    for r in sorted(c.roles, key=lambda r: r.mention.first):
        if r.mention.first <= v:
            continue
        between = toks[v + 1 : r.mention.first]
        if len(between) > 3 or any(t.pos == "PUNCT" or t.lower in stop for t in between):
            return False
        if r.kind != "person" or toks[r.mention.last].lower.endswith(("'s", "’s")):
            return False
        if not toks[r.mention.first].lower.isascii():
            # Russian: the listener is in the dative ("рассказал Путину"), the thanked and the
            # assured in the accusative; titles before agree with it ("российскому президенту")
            verb = toks[v]
            dative = verb.lemma in word_list("dative_speech_verbs")
            case = "datv" if dative else "accs"
            span = [*between, *toks[r.mention.first : r.mention.last + 1]]
            return all(t.has_case(case) for t in span if t.cases != "*")
        return True
    return False


def addressed_to_person(c: Clause, v: int) -> bool:
    """ "told Putin", "assured Michel", "рассказал президенту": words to one named listener."""
    t = c.tokens[v]
    verbs = word_list("addressed_speech_verbs")
    if t.lower not in verbs and t.lemma not in verbs:
        return False
    return _listener_after(c, v)


def joint_call(c: Clause, v: int) -> bool:
    """Two people joined as the subject of a verb in a sentence about their call."""
    toks = c.tokens
    calls = word_list("call_words")
    if not any(t.lower.startswith(tuple(calls)) for t in toks):
        return False
    joiners = {"и", "and"}
    people = sorted(
        (r for r in c.roles if r.kind == "person" and r.mention.last < v),
        key=lambda r: r.mention.first,
    )
    for a, b in pairwise(people):
        between = toks[a.mention.last + 1 : b.mention.first]
        if any(t.pos == "PUNCT" for t in toks[b.mention.last + 1 : v]) or any(
            r.kind != "place" and b.mention.last < r.mention.first < v for r in c.roles
        ):
            continue  # "X and Y held a call, the ministry said": the pair is not this subject
        if (
            0 < len(between) <= 5
            and between[0].lower in joiners
            and not any(t.tense is not None or t.pos == "PUNCT" for t in between)
        ):
            return True
    return False
