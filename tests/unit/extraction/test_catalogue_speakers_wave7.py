"""Who speaks, wave 7 (spk9): constructions written for the test, in both languages."""

import pytest

from .catalogue import FILLER, speakers


def _article(text: str, lang: str) -> set[str]:
    return speakers(f"{text}\n\n{FILLER[lang]}", lang)


@pytest.mark.parametrize(
    ("lang", "text", "absent"),
    [
        (
            "en",
            "It called on Russia to implement the agreement which states that the corridor "
            "must stay open.",
            "Russia",
        ),
        (
            "en",
            "Yerevan urged Moscow to honour the treaty which also says that borders are final.",
            "Russia",
        ),
        (
            "ru",
            "Они призвали Францию уважать декларацию, которая гласит, что границы нерушимы.",
            "France",
        ),
    ],
)
def test_a_relative_pronoun_subject_is_its_antecedent_not_an_earlier_name(
    lang: str, text: str, absent: str
) -> None:
    assert absent not in _article(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "en",
            "Azerbaijan, which also said the talks were useful, rejected the plan.",
            "Azerbaijan",
        ),
        (
            "en",
            "The Armenian Foreign Ministry, which said the talks were useful, welcomed the step.",
            "Ministry of Foreign Affairs (Armenia)",
        ),
        ("ru", "Пашинян, который заявил, что мир близок, прибыл в Брюссель.", "Nikol Pashinyan"),
    ],
)
def test_a_relative_pronoun_after_a_name_keeps_the_name(lang: str, text: str, speaker: str) -> None:
    assert speaker in _article(text, lang)
