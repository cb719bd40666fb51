"""A verb of welcoming with a person as its object receives a guest, it says nothing: "Michel
welcomed Aliyev and Pashinyan in Brussels", "Aliyev and Pashinyan were welcomed by Michel",
"Путин приветствовал Алиева". With a thing as object ("welcomed the agreement") it speaks."""

from __future__ import annotations

from .lexicon import word_list
from .rules import Clause


def greets_a_person(c: Clause, v: int) -> bool:
    toks = c.tokens
    t = toks[v]
    if t.lower not in word_list("greeting_verbs") and t.lemma not in word_list("greeting_verbs"):
        return False
    people = [r for r in c.roles if r.kind == "person"]
    # the object right after the verb ("welcomed Aliyev", "приветствовал Алиева"), not an owner
    k = v + 1
    if k < len(toks) and toks[k].lower == "the":
        k += 1
    after = any(
        r.mention.first == k and not toks[r.mention.last].lower.endswith(("'s", "’s"))
        for r in people
    )
    # the passive's subject right before its auxiliary ("Aliyev and Pashinyan were welcomed")
    aux = word_list("passive_auxiliaries")
    before = v >= 2 and toks[v - 1].lower in aux and any(r.mention.last == v - 2 for r in people)
    return after or before
