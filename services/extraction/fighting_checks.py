"""Whether a fighting word in a clause tells fighting (evt2): fighting told as ended ("the
fighting has stopped") tells its end; fighting told after a truce agreed in the same clause
("agreed to a ceasefire ... after Azerbaijan launched an offensive") is a fact of its own."""

from __future__ import annotations

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
