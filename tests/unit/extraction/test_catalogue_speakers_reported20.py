"""A group subject ("the parties", "стороны") inside someone else's report, wave 20 (spk20):
constructions written for the test."""

import pytest

from .catalogue import FILLER, speakers

MET_EN = (
    "Foreign Minister Ararat Mirzoyan met Foreign Minister Jeyhun Bayramov in Almaty on Friday."
)
MET_RU = "Министр иностранных дел Арарат Мирзоян встретился с Джейхуном Байрамовым в Алматы."


def _article(text: str, lang: str) -> set[str]:
    return speakers(f"{text}\n\n{FILLER[lang]}", lang)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            f"{MET_EN} “The parties noted the progress achieved and agreed to continue the"
            " work,” the Armenian Foreign Ministry said in a statement.",
            "en",
            {"Ministry of Foreign Affairs (Armenia)"},
        ),
        (
            f"{MET_EN} The parties said, in this regard, that trade was a key platform, the"
            " Armenian Foreign Ministry added.",
            "en",
            {"Ministry of Foreign Affairs (Armenia)"},
        ),
        (
            f"{MET_EN} The parties said trade was a key platform, added the Armenian"
            " Foreign Ministry.",
            "en",
            {"Ministry of Foreign Affairs (Armenia)"},
        ),
        (
            f"{MET_RU} «Стороны отметили прогресс в переговорах», — сообщили в МИД Армении.",
            "ru",
            {"Ministry of Foreign Affairs (Armenia)"},
        ),
        (
            f"{MET_RU} Стороны отметили прогресс в переговорах, добавили в МИД Армении.",
            "ru",
            {"Ministry of Foreign Affairs (Armenia)"},
        ),
    ],
)
def test_the_parties_inside_a_report_are_what_is_reported(
    text: str, lang: str, expected: set[str]
) -> None:
    """ "“The parties noted ...,” the ministry said", "The parties said ..., the MFA added": the
    group is the subject of what the report's speaker reports (a joint statement's voice is a
    document, not a speaker); only the report's speaker speaks."""
    assert _article(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            f"{MET_EN} The parties reaffirmed the importance of the ceasefire.",
            "en",
            {"Ararat Mirzoyan", "Jeyhun Bayramov"},
        ),
    ],
)
def test_the_parties_on_their_own_are_the_people_named_before(
    text: str, lang: str, expected: set[str]
) -> None:
    """ "The parties reaffirmed ...", reported by nobody else: the people the sentence before
    named speak (the guide: "the leaders expressed their readiness")."""
    assert _article(text, lang) == expected
