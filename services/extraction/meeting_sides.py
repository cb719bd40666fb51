"""The other side of a meeting with one side named. Azerbaijan's talks with "the Karabakh
Armenians", "представители Баку и Степанакерта", "делегация армян Нагорного Карабаха" (Yevlakh,
September 2023) were with the Republic of Artsakh, not with Armenia: the guide names the
Karabakh side's authorities as the Republic of Artsakh (words in `[words]`, lexicon.toml)."""

from __future__ import annotations

from .lexicon import role_names, word_list
from .rules import Clause

KARABAKH_SIDE = "Republic of Artsakh"


def _starts(word: str, stems: frozenset[str]) -> bool:
    return any(word.startswith(s) for s in stems)


def karabakh_side_named(c: Clause) -> bool:
    """The clause names Karabakh's Armenians (an Armenian word next to Karabakh) or their
    capital as a side."""
    words = [t.lower for t in c.tokens[c.lo : c.hi]]
    if any(_starts(w, word_list("karabakh_side_stems")) for w in words):
        return True
    armenian = [i for i, w in enumerate(words) if _starts(w, word_list("armenian_people_stems"))]
    region = [i for i, w in enumerate(words) if _starts(w, word_list("karabakh_stems"))]
    return any(abs(i - j) <= 3 for i in armenian for j in region)


def other_side(c: Clause, side: str) -> list[str]:
    """ "Armenia declined the meeting": with the other side, as a meeting has two; Azerbaijan's
    other side is Karabakh's when the clause names the Karabakh Armenians."""
    sides = sorted(role_names("border_sides"))
    if side == "Azerbaijan" and karabakh_side_named(c):
        return [side, KARABAKH_SIDE]
    return [side, *(s for s in sides if s != side)]
