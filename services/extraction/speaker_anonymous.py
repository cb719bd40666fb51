"""An unnamed holder of a body speaks, not the body: "a State Department official said",
"officials at the ministry said", "источник в МИД Армении сообщил", "чиновник Госдепа заявил".

The guide: not an anonymous source; an unnamed official gets no StatementMade. The body named
as the holder's employer is a modifier of the speaking noun, not the subject, so it gets none
either (a spokesperson is another matter: data/spokespeople.toml `nouns`)."""

from __future__ import annotations

from functools import lru_cache

from .cues import Role
from .lexicon import data_file
from .rules import Clause
from .statements import SPOKESPEOPLE

# words that may stand between the holder noun and the body naming their employer
_LINKS = frozenset({"at", "in", "of", "from", "the", "в", "из"})


@lru_cache(maxsize=1)
def _nouns() -> frozenset[str]:
    return frozenset(data_file(SPOKESPEOPLE)["anonymous"]["nouns"])


def _holder(word_lower: str, lemma: str) -> bool:
    return word_lower in _nouns() or lemma in _nouns()


def unnamed_holder(c: Clause, who: Role, v: int) -> bool:
    """`who` (an institution or a state) only names where the unnamed speaker of the verb at
    `v` works: the holder noun stands between it and the verb ("a Kremlin source said"), or
    right before it, linked by a preposition at most ("officials at the ministry said",
    "источник в МИД сообщил")."""
    if who.kind == "person":
        return False
    toks = c.tokens
    if who.mention.last < v and any(
        _holder(t.lower, t.lemma) for t in toks[who.mention.last + 1 : v]
    ):
        return True
    k = who.mention.first - 1
    while k >= 0 and toks[k].lower in _LINKS:
        k -= 1
    return 0 <= k < v and _holder(toks[k].lower, toks[k].lemma)


def holder_beside(c: Clause, who: Role) -> bool:
    """`who` (an institution or a state) names the employer of an unnamed holder standing
    beside it, whatever the verb's place: the holder noun right after it ("according to EU
    sources") or right before it behind a preposition ("сообщил источник в ЕС", "со ссылкой
    на источник в армии"). Used where the speaker follows the verb or "according to"."""
    toks = c.tokens
    m = who.mention
    if who.kind == "person" or m.last >= len(toks) or toks[m.first].start != m.start:
        return False  # a person, or a voice carried over from an earlier sentence
    nxt = who.mention.last + 1
    if nxt < len(toks) and toks[nxt].pos != "ADJ" and _holder(toks[nxt].lower, toks[nxt].lemma):
        return True
    k = who.mention.first - 1
    linked = False
    while k >= 0 and toks[k].lower in _LINKS:
        k -= 1
        linked = True
    return k >= 0 and (linked or toks[k].pos != "ADJ") and _holder(toks[k].lower, toks[k].lemma)
