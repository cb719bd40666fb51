"""The speaker named at the end of a chain of titles after the verb ("said Assistant of the
President of Azerbaijan, Head of the Foreign Policy Department of the Presidential
Administration Hikmet Hajiyev"): the person closing the chain speaks; a president, ministry or
office inside an "of"/"to" phrase of the chain only owns the post (English; Russian marks the
owner by its genitive, which the other rules read)."""

from __future__ import annotations

from functools import lru_cache

from .cues import Role
from .lexicon import word_list
from .rules import Clause


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    return frozenset(w.lower() for w in word_list("en_titles"))


def _owned(c: Clause, r: Role, start: int) -> bool:
    """The mention is the object of "of"/"to"/"for" in the chain ("of the President")."""
    k = r.mention.first - 1
    if k >= start and c.tokens[k].lower == "the":
        k -= 1
    return k >= start and c.tokens[k].lower in word_list("title_chain_links")


def title_chain_after(c: Clause, v: int) -> Role | None:
    toks = c.tokens
    start = v + 1
    if start < len(toks) and toks[start].lower == "the":
        start += 1
    if start >= len(toks) or not toks[start].lower.isascii() or toks[start].lower not in _titles():
        return None
    links = word_list("title_chain_links") | word_list("title_chain_joiners")
    end = start
    while end < len(toks) and end - start < 40:
        t = toks[end]
        if not (t.text[:1].isupper() or t.lower in links):
            break
        end += 1
    people = sorted(
        (
            r
            for r in c.roles
            if r.kind == "person" and start <= r.mention.first and r.mention.last < end
        ),
        key=lambda r: r.mention.first,
    )
    for r in people:
        if _owned(c, r, start):
            continue
        after = toks[r.mention.last + 1] if r.mention.last + 1 < len(toks) else None
        if after is not None and after.lower in word_list("title_chain_links"):
            continue  # "Head Aliyev of ...": still inside the chain
        return r
    return None
