"""Speakers, wave 5: causes shared by many facts (who speaks when several are named)."""

import pytest

from .catalogue import FILLER, speakers


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Armenia and Azerbaijan announced the start of a prisoner swap on Friday.", "en"),
        ("The leaders of Azerbaijan and Armenia pledged to keep working on the treaty.", "en"),
        ("Армения и Азербайджан объявили о начале работы комиссии по границе.", "ru"),
    ],
)
def test_the_two_sides_named_together_report_a_joint_act(text: str, lang: str) -> None:
    assert speakers(f"{text}\n\n{FILLER[lang]}", lang) == set()


def test_either_side_speaking_alone_still_speaks() -> None:
    text = "Armenia said the swap was over, and Azerbaijan confirmed it on Friday."
    assert speakers(f"{text}\n\n{FILLER['en']}", "en") == {"Armenia", "Azerbaijan"}


@pytest.mark.parametrize(
    ("text", "lang", "person", "voice"),
    [
        (
            "Россия приветствует освобождение военнослужащих. Об этом заявила официальный "
            "представитель МИД РФ Мария Захарова.",
            "ru",
            "Maria Zakharova",
            "Russia",
        ),
        (
            "Azerbaijan says the talks in London were called off by Yerevan. Presidential aide "
            "Hikmet Hajiyev told reporters that the British side had offered to host them.",
            "en",
            "Hikmet Hajiyev",
            "Azerbaijan",
        ),
    ],
)
def test_a_person_right_after_their_state_is_its_voice(
    text: str, lang: str, person: str, voice: str
) -> None:
    found = speakers(f"{text}\n\n{FILLER[lang]}", lang)
    assert person in found and voice not in found


def test_a_state_speaking_apart_from_its_person_still_speaks() -> None:
    text = (
        "Azerbaijan said the border was calm on Monday.\n\n"
        "The weather was fine in the capital.\n\n"
        "Presidential aide Hikmet Hajiyev said the talks would go on."
    )
    assert speakers(text, "en") >= {"Azerbaijan", "Hikmet Hajiyev"}
