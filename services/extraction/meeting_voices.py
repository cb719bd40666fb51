"""The one speaking takes part when the quoted words put "me" at the table: "a meeting between
me, the French President and ...", "“I will meet President Aliyev”", "встреча между мной и
...", "со мной встретится". A first-person pronoun in someone's words refers to that someone,
so the speaker (skipped as a mere teller elsewhere) is a participant. Only the singular counts
("we" may be a state) and only a person (a spokesperson's "I can confirm" is no meeting of
theirs: "I" counts only as the subject of the meeting word itself)."""

from __future__ import annotations

from .gazetteer import canonical_entity
from .lexicon import word_list
from .rules import Clause


def speaking_participant(c: Clause, trig: int, voice: str | None) -> list[str]:
    """[voice] when the clause's words say "me"/"мной" or "I (will) meet"; else []."""
    if voice is None:
        return []
    entity = canonical_entity(voice)
    if entity is None or entity.kind != "person" or "spokes" in entity.flags:
        return []
    toks = c.tokens
    if any(t.lower in word_list("first_person_objects") for t in toks[c.lo : c.hi]):
        return [voice]
    # "I will meet", "I am to meet", "я встречусь": the subject right before the meeting word
    links = word_list("first_person_links")
    k = trig - 1
    while k >= c.lo and toks[k].lower in links:
        k -= 1
    if k >= c.lo and toks[k].lower in ("i", "я"):
        return [voice]
    return []
