"""Facts too thin to store: a kind whose predictions, lacking a given argument, were almost
never right on the real-news dev split (`[required_arguments]` in lexicon.toml says which).

A plan that names no venue, after every other mention of the meeting lent it theirs, is talk of
meeting (right 1 time in 8); a territory that changed hands with nobody taking it was right
0 times in 7. Dropping them runs before the speakers of dropped plans are judged, so who spoke
of a vague meeting still made a statement. A plan a named person announces in its sentence or
the next ("Об этом заявил X") is on the record and stays, venue or not (the guide: a source
says a meeting will take place); its announcer is then recorded as `claimed_by`.
"""

from __future__ import annotations

from .discourse import Draft
from .gazetteer import canonical_entity, find_mentions
from .lexicon import table
from .text import sentences

# a statement starting within this many characters of a plan's span (the space or line break
# between two sentences) is in the next sentence
NEXT_SENTENCE_GAP = 3


def drop_thin_facts(facts: list[Draft], text: str = "", language: str = "en") -> list[Draft]:
    required = table("required_arguments")
    return [
        d
        for d in facts
        if _on_record(d, facts, text, language)
        or all(d.args.get(str(name)) for name in required.get(d.kind, ()))
    ]


def _on_record(d: Draft, facts: list[Draft], text: str, language: str) -> bool:
    """A plan a named person announces in its own sentence, or in the next one ("Об этом
    заявил X"), naming two of its participants there, is a plan whether or not it names a
    venue; sides only carried over from earlier sentences ("X said the talks would go on")
    are no announcement of a meeting."""
    if d.kind != "MeetingAnnounced" or not d.claimed_by:
        return False
    entity = canonical_entity(d.claimed_by[0])
    if entity is None or entity.kind != "person":
        return False
    said = [
        span
        for s in facts
        if s.kind == "StatementMade" and s.args.get("speaker") == d.claimed_by[0]
        for span in s.spans
    ]
    near = NEXT_SENTENCE_GAP
    if not any(a <= end + near and b >= start for start, end in d.spans for a, b in said):
        return False
    return len(_named_participants(d, text, language)) >= 2


def _named_participants(d: Draft, text: str, language: str) -> set[str]:
    people = d.args.get("participants")
    wanted = {str(p) for p in people} if isinstance(people, list) else set()
    found: set[str] = set()
    for a, b in d.spans:
        for sent in sentences(text[a:b], language):
            found |= {m.entity.name for m in find_mentions(sent.tokens, language)}
    return wanted & found
