"""A capitalised common word opens no person's name, wave 29 (stmt29): constructions written
for the test. English capitalises a sentence's first word and the words of an office or an
institution ("Only", "Justice", "Main", "Crescent"); a word the dictionary reads only as a
common noun, adjective or adverb is no first name, so the name starts after it."""

import pytest

from .catalogue import FILLER, speakers


def _article(text: str, lang: str) -> set[str]:
    return speakers(f"{text}\n\n{FILLER[lang]}", lang)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Only Blinken spoke at the start of the talks, while the two delegations sat"
            " silently on opposite sides.",
            "en",
            {"Antony Blinken"},
        ),
        (
            "Former Minister of Justice Gevorg Danielyan urged the authorities to defend the"
            " prisoners of war.",
            "en",
            {"Gevorg Danielyan"},
        ),
        (
            "Even Lavrov admitted that the talks had stalled.",
            "en",
            {"Sergey Lavrov"},
        ),
        (
            "The Armenian Red Crescent Society said that the convoy had reached the village.",
            "en",
            set(),
        ),
        (
            "Только Блинкен заявил, что переговоры были полезными.",
            "ru",
            {"Antony Blinken"},
        ),
        (
            "Даже Лавров признал, что переговоры зашли в тупик.",
            "ru",
            {"Sergey Lavrov"},
        ),
    ],
)
def test_a_common_word_opens_no_name(text: str, lang: str, expected: set[str]) -> None:
    """ "Only Blinken spoke", "Minister of Justice Gevorg Danielyan": the capitalised common
    word before the name is the sentence's or the office's, not a first name."""
    assert _article(text, lang) == expected
