"""Dates of the document a transfer follows: "ceded under the truce that ended the war in
November", "отошел по соглашению, заключенному в ноябре" — the date inside the clause that
describes the document is the document's (its signing, the war's end), not the transfer's.
A transfer left undated is then dated by a known change (transfer_known.py) or stays undated."""

from __future__ import annotations

from .dates import DateMention
from .rules import Clause
from .text import Token
from .transfer_words import words

# how many tokens the document's clause may run from the document word to its date
_REACH = 9


def documents_date(c: Clause, d: DateMention, territory_start: int) -> bool:
    """The date stands in a relative or participle clause right after a document word (or
    after the comma closing its complement), with no territory named between them."""
    toks = c.tokens
    at = next((k for k in range(c.lo, c.hi) if toks[k].start >= d.start), None)
    if at is None:
        return False
    nouns = words("document_nouns")
    for k in range(at - 1, max(c.lo, at - _REACH) - 1, -1):
        if toks[k].lemma not in nouns and toks[k].lower not in nouns:
            continue
        if toks[k].start < territory_start < d.start:
            return False  # "the deal under which Lachin was returned on 1 December"
        # the clause opens right after the document or after the comma that closes its
        # complement ("соглашению о прекращении огня, достигнутому в ноябре")
        comma = next((j for j in range(k + 1, at) if toks[j].text == ","), None)
        opens = [k + 1] if comma is None else [k + 1, comma + 1]
        return any(j < at and _opens_clause(toks[j]) for j in opens)
    return False


def _opens_clause(t: Token) -> bool:
    lower, lemma = t.lower, t.lemma
    if lower in words("relative_words") or lemma in words("relative_words"):
        return True
    if lower.endswith(tuple(words("participle_endings"))) and lower[:1].isalpha():
        return not lower.isascii()
    # English past participle after the noun: "a deal reached in", "the truce brokered by"
    return lower.isascii() and t.tense == "past" and lower.endswith("ed")
