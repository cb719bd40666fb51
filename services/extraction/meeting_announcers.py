"""Who announces a meeting is not at its table: "Лавров подтвердил, что саммит России,
Азербайджана и Армении состоится", "Michel said that a meeting of Aliyev and Pashinyan will
take place". The guide: a person whose words announce a meeting is its `claimed_by`.

When the speaker is named before the speech verb and the meeting is a noun after the "что" /
"that" the verb governs, the speaker is the teller, not a side, unless the meeting clause points
back to them ("его встреча с", "his meeting with", "he will meet").
"""

from __future__ import annotations

from .cues import Role
from .lexicon import word_list
from .rules import Clause


def announcer_outside(c: Clause, trig: int, speaker: str | None, inside: list[Role]) -> bool:
    if speaker is None or not _noun(c, trig):
        return False
    said = [r.mention.last for r in inside if r.name == speaker and r.mention.last < trig]
    if not said:
        return False
    speech = [v for v in c.at(c.lex.speech) if min(said) < v < trig]
    comps = word_list("announcer_complementizers")
    comp = next((k for v in speech for k in range(v + 1, trig) if c.tokens[k].lower in comps), None)
    if comp is None:
        return False
    own = word_list("announcer_own_words")
    after = c.tokens[comp + 1 : c.hi]
    if any(t.lower in own for t in after):
        return False  # "его встреча с", "his meeting with": the speaker's own meeting
    return not any(r.name == speaker and r.mention.first > comp for r in inside)


def _noun(c: Clause, trig: int) -> bool:
    t = c.tokens[trig]
    return t.pos == "NOUN" or t.lower in word_list("announcer_meeting_nouns")
