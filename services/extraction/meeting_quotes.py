"""A quotation that runs over several sentences and names its speaker only at its close
("“I am going to Prague. A meeting is planned there between me and ...,” the agency quoted
Pashinyan as saying"): every sentence inside it is that speaker's words. A meeting told in them
is the speaker's claim, and "me" in them is the speaker at the table (meeting_voices.py gives
the same rule inside one sentence)."""

from __future__ import annotations

from .discourse import Draft
from .gazetteer import canonical_entity
from .lexicon import word_list
from .text import Sentence

_OPEN = ("“", "«", '"', "„")
_CLOSE = ("”", "»", '"', "“")


def _quoted_run(sents: list[Sentence], index: int) -> range:
    """The earlier sentences of `index`'s paragraph inside the quotation it closes."""
    here = sents[index]
    first = index
    while first > 0 and sents[first - 1].paragraph == here.paragraph:
        first -= 1
    opened = sents[first].text.lstrip()
    if first == index or not opened.startswith(_OPEN):
        return range(0)
    # the quotation stays open until this sentence: no sentence between closes it
    for k in range(first, index):
        body = sents[k].text.strip()[1 if k == first else 0 :]
        if any(mark in body for mark in _CLOSE):
            return range(0)
    if not any(mark in here.text for mark in _CLOSE):
        return range(0)
    return range(first, index)


def claim_quoted_meetings(
    drafts: list[Draft], sents: list[Sentence], index: int, speaker: str
) -> None:
    """Give the speaker who closes a quotation its meetings (claim, and "me" at the table)."""
    entity = canonical_entity(speaker)
    if entity is None or entity.kind != "person":
        return
    run = _quoted_run(sents, index)
    if not run:
        return
    mine = word_list("first_person_objects")
    for d in drafts:
        if d.sentence not in run or not d.kind.startswith("Meeting"):
            continue
        if not d.claimed_by:
            d.claimed_by = [speaker]
        people = d.args.get("participants")
        said_me = any(t.lower in mine for t in sents[d.sentence].tokens)
        if said_me and isinstance(people, list) and speaker not in people:
            d.args["participants"] = [speaker, *people]
