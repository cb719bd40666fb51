"""Who speaks, wave 17 (spk18): constructions written for the test."""

import pytest

from .catalogue import FILLER, speakers

_MFA = {"Ministry of Foreign Affairs (Armenia)", "Ministry of Foreign Affairs (Azerbaijan)"}
_MOD = {"Ministry of Defence (Armenia)", "Ministry of Defense (Azerbaijan)"}


def _article(text: str, lang: str = "en") -> set[str]:
    return speakers(f"{text}\n\n{FILLER[lang]}", lang)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The foreign ministries of both countries have said the talks were useful.", _MFA),
        (
            '"The work will go on," the foreign ministries of the two neighbouring states said.',
            _MFA,
        ),
        ("Two soldiers died, according to the defence ministries of both countries.", _MOD),
        ("The shelling was reported by the Defense Ministries of both sides.", _MOD),
        ("The defense ministries of the two republics reported new shelling on Monday.", _MOD),
    ],
)
def test_a_ministry_of_both_countries_is_each_sides_ministry(text: str, expected: set[str]) -> None:
    """ "The defense ministries of both countries said": the plural of a ministry of both sides
    is each side's ministry of that name, and each speaks (not the two states)."""
    assert _article(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The talks between the foreign ministries of both countries ended on Monday.", set()),
        ("The ministries of both countries said the talks were useful.", {"Armenia", "Azerbaijan"}),
    ],
)
def test_a_ministry_of_both_countries_speaks_only_as_a_subject_or_agent(
    text: str, expected: set[str]
) -> None:
    """Without a speech cue next to it the phrase says nothing; without the ministry's field
    ("the ministries of both countries") the two countries speak, as before."""
    assert _article(text) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Об этом сообщил президент Араик Арутюня.", "ru", "Arayik Harutyunyan"),
        ("Elin Suleymonov said the talks would go on.", "en", "Elin Suleymanov"),
        ("Nikol Pashinyon said the talks would go on.", "en", "Nikol Pashinyan"),
    ],
)
def test_a_surname_one_letter_off_after_the_right_first_name_is_a_slip(
    text: str, lang: str, expected: str
) -> None:
    """ "Араик Арутюня", "Elin Suleymonov": the first name right and the surname with a letter
    dropped or a vowel changed is the known person misspelt, not someone unknown."""
    assert _article(text, lang) == {expected}


def test_a_changed_consonant_or_another_first_name_is_no_slip() -> None:
    """ "Karen Kocharyan" is not Robert Kocharyan; "Armen Sarkisyan" changes a consonant."""
    assert "Robert Kocharyan" not in _article("Karen Kocharyan said the talks would go on.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Maj. Gen. Rustam Azizov, the commander of the corps, said the army held the town.",
            {"Rustam Azizov"},
        ),
        (
            '"We want talks," the ambassador to the U.S. Rustam Azizov told reporters.',
            {"Rustam Azizov"},
        ),
        (
            "U.S. Secretary of State Antony Blinken and Foreign Minister Sergey Lavrov said the "
            "talks were useful.",
            {"Antony Blinken", "Sergey Lavrov"},
        ),
    ],
)
def test_a_dotted_abbreviation_does_not_end_the_sentence(text: str, expected: set[str]) -> None:
    """ "Maj. Gen. X said", "the ambassador to the U.S. X told": a title cut short or a state's
    initials stand before a name as any title does; the name after them speaks."""
    assert _article(text) == expected
