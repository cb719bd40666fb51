"""English speech verbs in the plural present ("the Co-Chairs regret that", "the ministers
express support", "the countries call on Armenia"): the bare form of a speech verb is also a
noun ("an express", "the stress", "a call"), so the word list cannot decide; the context does.
A verb has a subject before it (a name, "they", a plural noun) and a clause or an object after."""

from __future__ import annotations

from functools import lru_cache

from .lexicon import Cue, word_list
from .rules import Clause
from .speaker_asides import gerund_aside_subject
from .speaker_roles import COMPLEMENTISERS, QUOTES, eligible
from .text import analyse_en


@lru_cache(maxsize=4)
def bare_forms(cue: Cue) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Lemma of an English speech form -> the words that must follow it ("call" -> "on")."""
    out: dict[str, set[tuple[str, ...]]] = {}
    for item in cue:
        words = (item,) if isinstance(item, str) else item
        if not words or not all(w.isascii() and w.isalpha() for w in words):
            continue
        first = words[0].split()
        head = analyse_en(first[0])[0]
        if len(head) <= 2:
            continue  # "as saying": a phrase opened by a function word has no bare verb
        out.setdefault(head, set()).add(tuple(first[1:]) + tuple(words[1:]))
    return {k: tuple(v) for k, v in out.items()}


def plural_present(c: Clause) -> list[int]:
    """Positions of bare speech verbs with a subject before and a clause or object after."""
    toks = c.tokens
    forms = bare_forms(c.lex.speech)
    ends = {r.mention.last for r in c.roles if eligible(r)}
    not_subjects = word_list("plural_not_subjects")
    openers = word_list("plural_object_openers")
    out: list[int] = []
    for k in range(1, len(toks) - 1):
        t = toks[k]
        if not t.lower.isascii() or t.lower not in forms or analyse_en(t.lower)[0] != t.lower:
            continue
        tails = forms[t.lower]
        rest = [x.lower for x in toks[k + 1 : k + 4]]
        tail = next((w for w in tails if list(w) == rest[: len(w)]), None)
        if tail is None:
            continue
        prev, nxt = toks[k - 1], toks[k + 1 + len(tail)] if k + 1 + len(tail) < len(toks) else None
        plural = (
            prev.lower.endswith("s")
            and not prev.lower.endswith(("ss", "'s", "’s"))
            and len(prev.lower) > 3
            and prev.text.replace("-", "").isalpha()
            and prev.lower not in not_subjects
        )
        # "X and Y, representing the Co-Chair countries, express": the subject before an aside
        aside = prev.text == "," and gerund_aside_subject(c, k) is not None
        if not (prev.lower == "they" or k - 1 in ends or plural or aside):
            continue
        if nxt is None or not (
            tail
            or nxt.lower in COMPLEMENTISERS
            or nxt.text in (":", *QUOTES)
            or nxt.lower in openers
            or any(r.mention.first == k + 1 + len(tail) for r in c.roles)
        ):
            continue
        out.append(k)
    return out
