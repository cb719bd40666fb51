"""A parenthesis between the speaker and the speech verb ("the Ministry of Defence (MoD)
reported", "the Co-Chairs (A of the US, B of Russia and C of France) released a statement",
"Минобороны Азербайджана (МО) сообщило"): an aside (an abbreviation, the members, a place),
so the subject is read before the parenthesis opens, as if it were not there."""

from __future__ import annotations

from .text import Token

_REACH = 40  # the longest aside: a list of three people with their titles


def parenthesis_open(toks: tuple[Token, ...], v: int) -> int | None:
    """The position of the "(" whose ")" stands right before the verb at v."""
    if v < 2 or toks[v - 1].text != ")":
        return None
    for k in range(v - 2, max(-1, v - 2 - _REACH), -1):
        if toks[k].text == ")":
            return None  # a nested or second parenthesis: too tangled to read
        if toks[k].text == "(":
            return k if k > 0 else None
    return None
