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
