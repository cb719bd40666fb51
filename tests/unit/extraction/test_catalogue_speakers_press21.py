"""A body's press office named through its possessive, wave 21 (stmt21): constructions
written for the test."""

import pytest

from .catalogue import FILLER, speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Armenian government's press office confirmed the instructions in a statement.",
            {"Armenia"},
        ),
        (
            "The Armenian Foreign Ministry’s press service said the talks had ended.",
            {"Ministry of Foreign Affairs (Armenia)"},
        ),
        ("Aliyev's office said the talks had ended.", set()),
        (
            "Russia's helicopter was shot down, the Armenian Defence Ministry said.",
            {"Ministry of Defence (Armenia)"},
        ),
    ],
)
def test_a_bodys_press_office_is_the_body(text: str, expected: set[str]) -> None:
    """ "X's press office said": the guide's "a ministry's press service is the ministry"; a
    possessive before anything else is no subject."""
    assert speakers(f"{text}\n\n{FILLER['en']}", "en") == expected
