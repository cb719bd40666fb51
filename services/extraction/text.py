"""Tokens, sentences and cheap morphology (razdel + natasha's MorphVocab, loaded lazily)."""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from .sentence_split import line_sentences, wrapped_breaks

_MORPH_LOCK = threading.Lock()
_MORPH: Any = None
MODALS = frozenset({"would", "could", "should", "might", "must", "may", "can"})
PRESENT_BE = frozenset({"am", "is", "are"})
NOMINAL = frozenset({"NOUN", "ADJF", "NPRO", "NUMR", "PRTF"})


@dataclass(frozen=True, slots=True)
class Token:
    """One token: surface form, offsets into the article, lemma, POS and tense (if a verb)."""

    text: str
    start: int
    end: int
    lower: str
    lemma: str
    pos: str
    tense: str | None
    cases: str = "*"  # Russian: the grammatical cases this form can have; "*" = any/unknown

    @property
    def nominative(self) -> bool:
        """Can this form be a subject?"""
        return self.has_case("nomn")

    def has_case(self, case: str) -> bool:
        return self.cases == "*" or case in self.cases.split()


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: its offsets, tokens and the paragraph it belongs to."""

    start: int
    end: int
    text: str
    tokens: tuple[Token, ...]
    paragraph: int


def _patch_pymorphy() -> None:
    """pymorphy2 finds its dictionaries through pkg_resources, absent on modern setups."""
    import pymorphy2.analyzer as analyzer
    import pymorphy2_dicts_ru
    import yargy  # noqa: F401  (yargy patches inspect.getargspec for pymorphy2 on 3.11)

    analyzer._lang_dict_paths = lambda: {"ru": pymorphy2_dicts_ru.get_path()}


def morph_vocab() -> Any:
    """natasha's MorphVocab, created once on first use (about 0.5 s)."""
    global _MORPH
    if _MORPH is None:
        with _MORPH_LOCK:
            if _MORPH is None:
                _patch_pymorphy()
                from natasha import MorphVocab

                _MORPH = MorphVocab()
    return _MORPH


@lru_cache(maxsize=200_000)
def analyse_ru(word: str) -> tuple[str, str, str | None, str]:
    """(lemma, POS, tense, cases) of a Russian word form; tense from its first verb reading,
    cases of every nominal reading ("*" when a reading is not nominal)."""
    parses = morph_vocab()(word)
    if not parses:
        return word.lower(), "X", None, "*"
    first = parses[0]
    if "impr" in str(first.tag):
        # news rarely commands: "перешли" is "перейти" in the past, not "переслать!"
        first = next((p for p in parses if "past" in str(p.tag)), first)
    tense = None
    # the most likely reading decides: "встречу" is a noun, not "I shall meet"
    if first.pos == "VERB":
        tag = str(first.tag)
        tense = "futr" if "futr" in tag else "past" if "past" in tag else "pres"
        if tense == "futr" and any(
            p.pos == "VERB" and p.normal == first.normal and "pres" in str(p.tag) for p in parses
        ):
            tense = "pres"  # a two-aspect verb ("приветствуем", "атакует") reads as present
    if any(p.pos not in NOMINAL for p in parses):
        cases = "*"
    else:
        cases = " ".join(sorted({str(p.tag.case) for p in parses if p.tag.case}))
        if "Name" in str(parses[0].tag):
            cases += " Name"  # a first name: the start of a person we may not know
    return str(first.normal).replace("ё", "е"), str(first.pos), tense, cases or "*"


@lru_cache(maxsize=50_000)
def analyse_en(word: str) -> tuple[str, str, str | None, str]:
    """English lemma (lemminflect's dictionary, then suffix stripping), POS "X", past tense
    for a past form. A base-form noun keeps itself ("meeting", "fighting")."""
    from lemminflect import getAllLemmas

    low = word.lower()
    if low in MODALS:
        return low, "X", None, "*"  # "would" is no "will": a conditional, not a plan
    if low in PRESENT_BE:
        return "be", "X", None, "*"  # "are" is no past form of "be"
    lemmas = getAllLemmas(low)
    nouns, verbs = lemmas.get("NOUN", ()), lemmas.get("VERB", ())
    if low in nouns:
        lemma = low
    elif verbs:
        lemma = verbs[0]
    elif nouns:
        lemma = nouns[0]
    else:
        lemma = lemmas[next(iter(lemmas))][0] if lemmas else _strip_suffix(low)
    # "was" ends in "s" like a present form, yet it is the past of "be"
    past = (bool(verbs) and low != verbs[0] and not low.endswith(("s", "ing"))) or low == "was"
    return lemma, "X", "past" if past else None, "*"


def _strip_suffix(low: str) -> str:
    if low.endswith("ies") and len(low) > 4:
        return low[:-3] + "y"
    if low.endswith("s") and not low.endswith("ss") and len(low) > 3:
        return low[:-1]
    return low


def _is_word(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def _spans(tokens: Any) -> list[tuple[int, int]]:
    """Token spans, with an English possessive kept on its word ("Armenia's" is one token)."""
    out: list[tuple[int, int]] = []
    pending: list[Any] = list(tokens)
    k = 0
    while k < len(pending):
        t = pending[k]
        if (
            k + 1 < len(pending)
            and out
            and t.text in ("'", "’")
            and pending[k + 1].text.lower() == "s"
            and t.start == out[-1][1]
            and pending[k + 1].start == t.stop
        ):
            out[-1] = (out[-1][0], pending[k + 1].stop)
            k += 2
            continue
        out.append((t.start, t.stop))
        k += 1
    return out


def sentences(text: str, language: str) -> list[Sentence]:
    """Split into sentences and tokens with offsets; paragraphs are blank-line separated."""
    from razdel import sentenize, tokenize

    analyse = analyse_ru if language == "ru" else analyse_en
    paragraph_starts = [0]
    joined = wrapped_breaks(text, language)  # a break inside a sentence starts no paragraph
    pos = text.find("\n")
    while pos != -1:
        if pos not in joined:
            paragraph_starts.append(pos + 1)
        pos = text.find("\n", pos + 1)
    out: list[Sentence] = []
    para = 0
    for sent in line_sentences(text, language, sentenize):
        while para + 1 < len(paragraph_starts) and paragraph_starts[para + 1] <= sent.start:
            para += 1
        tokens: list[Token] = []
        for start, stop in _spans(tokenize(sent.text)):
            surface = sent.text[start:stop]
            if _is_word(surface):
                lemma, pos_tag, tense, cases = analyse(surface.replace("ё", "е"))
                if language == "ru" and tense == "futr" and "ё" in surface:
                    # "развёрнут": with ё only the short participle, never "they will turn"
                    _, pos_tag, tense, _ = analyse_ru(surface)
            else:
                lemma, pos_tag, tense, cases = surface, "PUNCT", None, ""
            tokens.append(
                Token(
                    surface,
                    sent.start + start,
                    sent.start + stop,
                    surface.lower().replace("ё", "е"),
                    lemma,
                    pos_tag,
                    tense,
                    cases,
                )
            )
        if language == "en":
            tokens = progressive_verbs(_months_named_may(tokens))
        out.append(Sentence(sent.start, sent.stop, sent.text, tuple(tokens), para))
    return out


def _months_named_may(tokens: list[Token]) -> list[Token]:
    """ "on May 1": a capitalised "May" inside a sentence (or before a number) is the month,
    never the modal verb, so no cue reads it as a hedge."""
    out = list(tokens)
    for i, t in enumerate(tokens):
        number_next = i + 1 < len(tokens) and tokens[i + 1].text[:1].isdigit()
        if t.text == "May" and (i > 0 or number_next):
            out[i] = replace(t, lemma="May", pos="MONTH")
    return out


# a form of "be" before an -ing form: the tense of the progressive it makes
_BE_TENSE: dict[str, str | None] = {
    **dict.fromkeys(("is", "are", "am", "'re", "’re"), "pres"),
    **dict.fromkeys(("was", "were", "been"), "past"),
}
# "'s" after these is "is"; after a name it is a possessive ("Putin's meeting")
_IS_PRONOUNS = ("he", "she", "it", "that", "there", "who", "what", "which")
_BETWEEN = frozenset({"also", "now", "still", "already", "not", "currently", "again", "then"})


def _be_tense(lower: str) -> str | None:
    if lower in _BE_TENSE:
        return _BE_TENSE[lower]
    for mark in ("'re", "’re"):
        if lower.endswith(mark):
            return "pres"  # "they're meeting"
    for mark in ("'s", "’s"):
        if lower.endswith(mark) and lower[: -len(mark)] in _IS_PRONOUNS:
            return "pres"  # "it's taking place"
    return None


def progressive_verbs(tokens: list[Token]) -> list[Token]:
    """ "is taking place", "were meeting": an -ing form after a form of "be" (perhaps with an
    adverb between) is a progressive verb, not a noun: present after is/are (now or soon),
    past after was/were/been."""
    from lemminflect import getAllLemmas

    out = list(tokens)
    for i, t in enumerate(tokens):
        if not t.lower.endswith("ing") or i == 0 or t.lower == "being":
            continue
        k = i - 1
        if k > 0 and (tokens[k].lower in _BETWEEN or tokens[k].lower.endswith("ly")):
            k -= 1  # "are now meeting", "was reportedly holding"
        tense = _be_tense(tokens[k].lower)
        if tokens[k].lower == "re" and k > 0 and tokens[k - 1].text in ("'", "’"):
            tense = "pres"  # "they're": the tokenizer splits the apostrophe off
        verbs = getAllLemmas(t.lower).get("VERB", ())
        if tense and verbs:
            out[i] = replace(t, lemma=verbs[0], tense=tense)
    return out
