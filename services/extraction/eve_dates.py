""" "Накануне" / "on the eve of" before an event ("накануне встречи", "on the eve of the talks").

"Накануне" followed by a noun in the genitive is a preposition ("on the eve of the meeting"),
not the adverb "the day before today": the event it names is the day after the date the
sentence gives, and with no such date the phrase dates nothing.
"""

from __future__ import annotations

import datetime as dt
import re

from .text import analyse_ru

# "накануне" and the word after it; "on the eve of" is always a preposition
_EVE = {
    "ru": re.compile(r"(?<!\w)накануне\s+([а-яё-]+)", re.I),
    "en": re.compile(r"\bon the eve of\b", re.I),
}


def eve_of_event(text: str, language: str) -> list[tuple[int, int]]:
    """Spans of "накануне <genitive noun>" / "on the eve of" (a preposition) in a sentence."""
    pattern = _EVE.get(language)
    if pattern is None:
        return []
    out = []
    for m in pattern.finditer(text):
        if language == "ru":
            word = m.group(1)
            _, pos, _, cases = analyse_ru(word)
            if word[0].isupper() or pos != "NOUN" or "gent" not in cases.split():
                continue  # "накануне Алиев заявил", "накануне вечером": the adverb
        out.append((m.start(), m.end()))
    return out


def day_after(value: str) -> str:
    return (dt.date.fromisoformat(value) + dt.timedelta(days=1)).isoformat()
