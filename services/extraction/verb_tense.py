"""The tense of the verb a weekday belongs to: the nearest verb form with a tense.

"Aliyev said on Monday he will meet Pashinyan": Monday is the day of saying, in the past;
"the leaders are meeting on Sunday, officials said": Sunday is the day of meeting, ahead.
"""

from __future__ import annotations

from collections.abc import Callable

from .text import Token

# auxiliaries that carry a tense the morphology leaves out
_AUX_TENSE = {
    "will": "futr",
    "would": "futr",  # "said he would visit on Friday": a future in the past
    "won't": "futr",
    "будет": "futr",
    "будут": "futr",
}


def _tense(t: Token) -> str | None:
    if t.lemma == "напомнить":
        return None  # "напомним" introduces the past, it is no future
    return _AUX_TENSE.get(t.lower) or t.tense


def nearest_verb_tense(tokens: tuple[Token, ...]) -> Callable[[int], str | None]:
    """A function from an offset in the article to the tense of the nearest tensed word
    (the one before wins a tie), or None when the sentence has none."""
    tensed = [(t.start, t.end, tense) for t in tokens if (tense := _tense(t))]

    def at(offset: int) -> str | None:
        best: tuple[int, int, str | None] = (10**9, 0, None)
        for start, end, tense in tensed:
            gap = offset - end if end <= offset else start - offset
            rank = (abs(gap), 0 if end <= offset else 1, tense)
            if rank[:2] < best[:2]:
                best = rank
        return best[2]

    return at
