"""The same ministry of both sides as one subject: "the defense ministries of both countries
said", "according to the foreign ministries of the two states", "was reported by the Defense
Ministries of both countries".

The guide: a ministry speaks as itself, not as its state, and a subject naming several speakers
gives each a StatementMade. A plural ministry "of both countries" (of the two sides) is each
side's ministry of that name, so each speaks: the Armenian and the Azerbaijani one, never the
two states (which `speaker_sides.both_sides` gives for "the two countries said").
"""

from __future__ import annotations

from .cues import Role
from .gazetteer import canonical_entity
from .gazetteer_model import Mention
from .lexicon import role_names, word_list
from .rules import Clause
from .text import Token


def both_ministries(c: Clause, v: int) -> list[Role]:
    """Each side's ministry when the subject or agent next to the speech cue at `v` is "the
    <kind> ministries of both countries"."""
    toks = c.tokens
    for k, t in enumerate(toks):
        if t.lower not in word_list("plural_ministries"):
            continue
        end = _sides_end(toks, k + 1)
        start = k
        while start > 0 and k - start < 2 and _kind_word(toks[start - 1]):
            start -= 1  # "the defense ministries", "the Foreign Ministries"
        head = " ".join(x.lower for x in toks[start:k])
        if end is None or not head or not _next_to(toks, v, start, end):
            continue
        out: list[Role] = []
        for side in sorted(role_names("border_sides")):
            entity = canonical_entity(f"{side}'s {head} ministry")
            if entity is None:
                return []
            out.append(
                Role(
                    Mention(entity, start, end, toks[start].start, toks[end].end),
                    absorbed=False,
                    as_place=False,
                )
            )
        return out
    return []


def _kind_word(t: Token) -> bool:
    """A word naming the ministry's field ("defense", "foreign"): no determiner or mark."""
    return t.text.isalpha() and t.lower not in word_list("kind_stop_words")


def _sides_end(toks: tuple[Token, ...], k: int) -> int | None:
    """The last token of "of both countries" / "of the two South Caucasus states" from `k`."""
    words = [t.lower for t in toks[k : k + 7]]
    if words[:2] == ["of", "both"]:
        rest = 2
    elif words[:3] == ["of", "the", "two"]:
        rest = 3
    else:
        return None
    for j in range(rest, min(rest + 4, len(words))):
        if words[j] in word_list("side_nouns"):
            return k + j
        if not toks[k + j].text[:1].isalpha():
            return None
    return None


def _next_to(toks: tuple[Token, ...], v: int, start: int, end: int) -> bool:
    """The cue stands right after the phrase ("... said", "... have said") or right before it
    behind a preposition ("according to the ...", "reported by the ...")."""
    if end < v:
        return all(t.lower in word_list("subject_verb_fillers") for t in toks[end + 1 : v])
    if v < start:
        return all(t.lower in word_list("agent_lead_words") for t in toks[v + 1 : start])
    return False
