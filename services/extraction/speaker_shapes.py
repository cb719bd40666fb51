"""Word shapes around a speech verb: a capital speaking through an impersonal plural verb,
a name in scare quotes, a capitalised word no gazetteer entry covers, an abbreviation's dot."""

from __future__ import annotations

from .cues import Role
from .lexicon import word_list
from .rules import Clause
from .speaker_roles import QUOTES, after_in
from .text import Token


def capital_voice(c: Clause, r: Role, v: int) -> bool:
    """ "В Баку заявили", "В Ереване же заявили": a capital in the locative right before the
    verb (a particle may stand between) is its government."""
    between = c.tokens[r.mention.last + 1 : v]
    phrase = " ".join(t.lower for t in between).strip(" ,")
    if phrase in word_list("asides_ru") | word_list("asides_en"):
        between = ()  # "В Ереване в свою очередь назвали": an aside, with or without commas
    return (
        r.kind == "place"
        and r.mention.entity.state is not None
        and impersonal(c.tokens[v])
        and len(between) <= 2  # "В Баку при этом утверждали"
        # "В Ереване неоднократно подчеркивали": an adverb as well
        and all(t.lower in word_list("particles") or t.pos == "ADV" for t in between)
        and after_in(c, r)
    )


def capital_after(c: Clause, v: int) -> Role | None:
    """ "According to Yerevan, ...", "по данным Баку": a capital right after the attribution
    phrase (within its two words) is its government speaking (the guide: capitals speak)."""
    for r in c.roles:
        between = c.tokens[v + 1 : r.mention.first]
        if (
            r.kind == "place"
            and r.mention.entity.state is not None
            and 0 < r.mention.first - v <= 2
            and not any(t.pos == "PUNCT" for t in between)
        ):
            return r
    return None


def impersonal(verb: Token) -> bool:
    """ "В Баку заявили", "в Ереване считают": the capital speaks through a plural verb with no
    subject; "в Москве сообщил Лавров" has its own (a singular verb)."""
    low = verb.lower
    return low.isascii() or low.endswith(tuple(word_list("ru_plural_verb_endings")))


def scare_quoted(c: Clause, who: Role) -> bool:
    """Quotation marks around a name alone ('"Republic of Artsakh"', «НКР») mark doubt, not
    someone's words."""
    first, last = who.mention.first, who.mention.last
    return (
        first > 0
        and last + 1 < len(c.tokens)
        and c.tokens[first - 1].text in QUOTES
        and c.tokens[last + 1].text in QUOTES
    )


def unknown_name(c: Clause, lo: int, hi: int) -> bool:
    """A capitalised word outside every gazetteer mention: a name we do not know."""
    covered = {k for r in c.roles for k in range(r.mention.first, r.mention.last + 1)}
    days = word_list("weekdays")  # "Putin on Thursday said": a day, not a name
    return any(
        k not in covered
        and k > 0
        and c.tokens[k].text[:1].isupper()
        and c.tokens[k].text.isalpha()
        and c.tokens[k].pos != "MONTH"
        and c.tokens[k].lower not in days
        for k in range(lo, hi)
    )


def abbreviation_dot(c: Clause, k: int) -> bool:
    """The dot of "и.о.", "т.е.": after a one-letter word, inside a title."""
    prev = c.tokens[k - 1] if k else None
    return (
        c.tokens[k].text == "." and prev is not None and len(prev.text) == 1 and prev.text.isalpha()
    )
