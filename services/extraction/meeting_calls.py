"""Talks named again after a phone call are that call, not a meeting (the guide: a phone call is
not a meeting): "Putin and Pashinyan spoke by phone. During the talks, the sides discussed ...",
"... в ходе телефонного разговора обсудили ... Беседа состоялась по инициативе ...". A talk noun
in the sentence right after one naming a call, whose clause names no person, points back to it;
a meeting told with its own people ("On April 7 Putin met Pashinyan") is another occasion."""

from __future__ import annotations

from .discourse import Context
from .lexicon import word_list
from .rules import Clause
from .text import Token


def note_call(ctx: Context, tokens: tuple[Token, ...], index: int) -> None:
    """Remember the sentence that names a phone call ("phone", "телефонный", "созвонились")."""
    calls = word_list("phone_call_words")
    if any(t.lemma in calls or t.lower in calls for t in tokens):
        ctx.phone_call = index


def the_call_again(c: Clause, trig: int) -> bool:
    if c.ctx.phone_call != c.index - 1:
        return False
    nouns = word_list("call_talk_nouns")
    near = c.tokens[max(c.lo, trig - 3) : trig + 1]  # "Беседа состоялась", "the talks were held"
    if not any(t.lemma in nouns or t.lower in nouns for t in near):
        return False
    return not any(r.kind == "person" for r in c.inside())
