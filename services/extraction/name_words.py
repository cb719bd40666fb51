"""English capitalises a sentence's first word and the words of an office or an institution
("Only Blinken spoke", "Minister of Justice Gevorg Danielyan", "the Red Crescent Society"). A
word the dictionary reads only as a common noun, adjective or adverb, or reads as an adverb at
all ("Even", "Only"), is no first name: the person's name starts after it. A noun with a verb
reading stays possible ("Mark", "Grant", "Bill"), as does any word the dictionary does not know
("Gevorg", "Antony").
"""

from __future__ import annotations

from functools import lru_cache

COMMON = frozenset({"NOUN", "ADJ", "ADV"})


@lru_cache(maxsize=20_000)
def common_word(low: str) -> bool:
    """The lower-case English word is a dictionary word with common readings only, or an
    adverb."""
    from lemminflect import getAllLemmas

    readings = set(getAllLemmas(low))
    return bool(readings) and (readings <= COMMON or "ADV" in readings)
