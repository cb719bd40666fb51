"""Guards every clause rule shares: negation, hedges, anniversaries, the mediating party."""

from __future__ import annotations

import re

from .cues import Role
from .lexicon import adjective_states, word_list
from .rules import Clause
from .text import Token


def negated(c: Clause, index: int) -> bool:
    """ "не обстреляли", "no attacks", "no new attacks", "ни одного обстрела"; and a word a
    negation governs ("did not discuss the withdrawal", "нет желания прекратить")."""
    if index > 0 and c.tokens[index - 1].lower in ("не", "not", "never", "no"):
        return True
    if index > 1 and c.tokens[index - 2].lower in ("no", "ни", "нет"):
        return True
    return in_negation_scope(c, index)


def _negator(c: Clause, k: int) -> bool:
    low = c.tokens[k].lower
    if low == "t" and k > 0 and c.tokens[k - 1].text in ("'", "’"):  # "didn't", "won't"
        return True
    return low in word_list("negation_scope_words")


def in_negation_scope(c: Clause, index: int, reach: int = 8) -> bool:
    """A negation or a negative pronoun ("nobody had announced the signing", "Москва не
    обсуждала вывод", "no desire to stop") governs the words after it up to the clause's
    next boundary (a comma, a joiner, a subordinator); "not only", "не раз" bound no verb."""
    bounds, fixed = word_list("negation_scope_bounds"), word_list("negation_scope_fixed")
    bounds = bounds | word_list("negation_scope_settings")
    passes = tuple(word_list("negation_scope_passes"))
    for k in range(index - 1, max(c.lo, index - reach) - 1, -1):
        tok = c.tokens[k]
        if tok.pos == "PUNCT" and tok.text not in ("'", "’", "-"):
            return False
        if tok.lower in bounds or tok.lower.startswith(passes):
            return False
        if _negator(c, k):
            return k + 1 < len(c.tokens) and c.tokens[k + 1].lower not in fixed
    return False


def live_hedges(c: Clause) -> list[int]:
    """Hypothesis words, except a proposal accepted ("согласились на предложение о
    прекращении огня", "accepted the proposal"): what was accepted is agreed."""
    accept = word_list("accept_words")
    agree = c.at(c.lex.agree)
    return [
        h
        for h in c.at(c.lex.hypothetical)
        if not any(0 < h - a <= 3 for a in agree)
        and not any(t.lemma in accept or t.lower in accept for t in c.tokens[max(c.lo, h - 3) : h])
    ]


def guarded(c: Clause, index: int, window: int = 8) -> bool:
    """A trigger inside an anniversary reference, an attempt, a hypothesis or a negation."""
    lo = max(c.lo, index - window)
    hedges = [*c.at(c.lex.attempt), *live_hedges(c)]
    return (
        any(index - 6 <= i <= index + 3 for i in hedges)
        or bool([i for i in c.at(c.lex.anniversary) if lo <= i <= index])
        or in_negation_scope(c, index)
    )


MEDIATED = ("-brokered", "-mediated", "-backed", "-sponsored", "-facilitated")


def mediating_party(c: Clause) -> tuple[Role | None, str | None]:
    """The mediating party: "при посредничестве X", "X-brokered", "with Russian mediation"."""
    for tok in c.tokens[c.lo : c.hi]:
        head = tok.lower.split("-")[0]
        if tok.lower.endswith(MEDIATED) and head in adjective_states():
            return None, adjective_states()[head]
    for m in c.at(c.lex.mediation):
        for k in (m - 1, m + 1, m + 2, m + 3):  # "with the mediation of the Russian side"
            if c.lo <= k < c.hi and c.tokens[k].lemma in adjective_states():
                return None, adjective_states()[c.tokens[k].lemma]
        near = [
            r
            for r in c.inside()
            if 0 < r.mention.first - m <= 4
            and r.state
            # "brokered by Armenia's international partners": the possessor is not the broker
            and not c.tokens[r.mention.last].lower.endswith(("'s", "’s"))
        ]
        if near:
            return near[0], near[0].state
        before = [r for r in c.inside() if 0 <= m - r.mention.last <= 2 and r.state]
        if before:
            return before[-1], before[-1].state
    return None, None


# clause16: a fact's place and date come from its own clause, never from a relative clause or
# a participial phrase that tells of something else ("the first meeting since the attack,
# which ended with troops advancing in Jermuk"; "tensions over the road connecting Armenia
# with Nagorno-Karabakh")
RELATIVE = frozenset({"which", "who", "whom", "whose", "where", "который", "где", "куда"})
PREPOSITION_LIKE = frozenset({"according", "including", "regarding", "concerning", "following"})


def _participle(tokens: tuple[Token, ...], k: int) -> bool:
    """An English participle that opens a phrase on a common noun: "the road connecting"."""
    t, prev = tokens[k], tokens[k - 1] if k > 0 else None
    if prev is None:
        return False
    if not t.lower.endswith("ing") or t.lemma == t.lower or t.lower in PREPOSITION_LIKE:
        return False
    # not "is advancing", "of shelling", "Azerbaijan shelling"; and "soldiers doing engineering
    # work near Tegh": what the people hit were doing tells where they were hit
    blockers = word_list("participle_blockers") | word_list("soldier_words")
    return prev.text.isalpha() and prev.text.islower() and prev.lower not in blockers


# Russian full participles ("взятых", "проводившим", "соединяющая"): they open a phrase on a noun
RU_PARTICIPLE = re.compile(
    r"(ущ|ющ|ащ|ящ|вш|нн|т)(ий|ая|ее|ие|его|ей|ему|им|ую|ими|их|ем|ой|ое|ых|ым)$"
)


def _opener(toks: tuple[Token, ...], k: int) -> bool:
    """A relative pronoun or a participle after a comma: ", which", ", где", ", взятых"."""
    if toks[k - 1].text != ",":
        return False
    t = toks[k]
    return (
        t.lower in RELATIVE
        or t.lemma in RELATIVE
        or (t.pos == "VERB" and bool(RU_PARTICIPLE.search(t.lower)))
    )


def own_phrase(c: Clause, trig: int) -> range | None:
    """The comma-bounded relative clause or participial phrase the trigger stands in, if any:
    "вернул 10 человек, взятых в плен в ходе боестолкновений в Сюнике". Its places and dates
    come before those of the rest of the sentence."""
    for k in range(trig, c.lo, -1):
        if _opener(c.tokens, k):
            end = next((j for j in range(k + 1, c.hi) if c.tokens[j].text in (",", ";")), c.hi)
            return range(k, end) if trig < end else None
    return None


def other_clauses(c: Clause, trig: int) -> set[int]:
    """Tokens of a relative clause or participial phrase the trigger is not in: its places
    and dates belong to another event. A relative clause after the trigger runs to the end of
    the window; one before it ends at its comma. A relative clause on the trigger's own noun
    ("the meeting, which was to be held in Brussels") tells of the trigger's event."""
    out: set[int] = set()
    toks = c.tokens
    for k in range(c.lo + 1, c.hi):
        t = toks[k]
        relative = toks[k - 1].text == "," and (t.lower in RELATIVE or t.lemma in RELATIVE)
        if not relative and not _participle(toks, k):
            continue
        if trig == k - (2 if relative else 1):
            continue  # "a ceasefire starting from October 10": the trigger's own phrase
        end = next((j for j in range(k + 1, c.hi) if toks[j].text in (",", ";")), c.hi)
        if relative and trig < k:
            end = c.hi
        if not k <= trig < end:
            out.update(range(k, end))
    return out


def date_index(c: Clause, start: int) -> int | None:
    return next((k for k, t in enumerate(c.tokens) if t.start >= start), None)
