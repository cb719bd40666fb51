"""A refusal of a class of meetings is a policy, not a meeting denied.

"Azerbaijan will not attend any talks that include France", "Baku will not take part in
meetings where France is represented", "Баку не будет участвовать во встречах, где
представлена Франция": the meeting noun is a bare or "any" plural that a relative clause
defines, so it names every meeting of a kind, none planned. The guide's MeetingDenied is a
denial of a planned meeting, or a participant declining to attend one; a rule for meetings to
come gives only its speaker's StatementMade.
"""

from __future__ import annotations

from .discourse import Draft
from .lexicon import word_list
from .rules import Clause

POLICY = "policy"  # the modality of a refusal of a kind of meetings until it is folded


def _plural(word: str, lemma: str) -> bool:
    return word != lemma and (word.endswith("s") or word.endswith("ах") or word.endswith("ях"))


def class_of_meetings(c: Clause, trig: int) -> bool:
    """The meeting word at `trig` is a plural that "any" or a relative clause picks out
    as a kind ("any future talks that ...", "meetings where ...", "во встречах, в которых")."""
    tok = c.tokens[trig]
    if not _plural(tok.lower, tok.lemma):
        return False
    before = {t.lower for t in c.tokens[max(c.lo, trig - 3) : trig]}
    if before & word_list("meeting_class_quantifiers"):
        return True
    if trig > c.lo and c.tokens[trig - 1].lower in ("the", "these", "those", "эти", "этих"):
        return False  # "the talks where ...": a meeting known from the text
    after = [t.lower for t in c.tokens[trig + 1 : min(c.hi, trig + 4)]]
    if after[:1] == [","]:
        after = after[1:]
    relatives = word_list("meeting_class_relatives")
    return bool(after) and (after[0] in relatives or " ".join(after[:2]) in relatives)


def uncounted(c: Clause, trig: int) -> bool:
    """ "held several talks with", "a series of meetings", "провел ряд встреч", "несколько
    раундов переговоров": a plural meeting word an uncounting quantifier picks out tells of
    meetings, none of them one meeting to report (the guide: uncounted rounds give none)."""
    tok = c.tokens[trig]
    if tok.lower == tok.lemma:
        return False  # a singular or a verb: "a number of ... met" is another reading
    window = c.tokens[max(c.lo, trig - 3) : trig]
    if any(t.pos == "PUNCT" for t in window):
        window = window[max(i for i, t in enumerate(window) if t.pos == "PUNCT") + 1 :]
    words = [t.lower for t in window]
    phrases = set(words) | {" ".join(words[k : k + 2]) for k in range(len(words) - 1)}
    return bool(phrases & word_list("uncounted_quantifiers"))


def drop_class_refusals(facts: list[Draft]) -> list[Draft]:
    """Drop the refusals of a kind of meetings, once the speakers recorded as deniers are
    known: the refuser's words are a refusal on the record (no StatementMade of its own, as
    for any denier), but no meeting planned was declined."""
    return [d for d in facts if not (d.kind == "MeetingDenied" and d.modality == POLICY)]
