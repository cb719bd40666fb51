"""Who speaks, wave 5 (spk8): constructions written for the test, in both languages."""

import pytest

from .catalogue import FILLER, speakers

COMMISSION = "State Commission on Prisoners of War, Hostages and Missing Persons"


def _article(text: str, lang: str) -> set[str]:
    return speakers(f"{text}\n\n{FILLER[lang]}", lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Ten soldiers were handed over, Baku's State Commission for Prisoners of War, "
            "Hostages and Missing Persons said on Sunday.",
        ),
        (
            "en",
            "The State Commission on Prisoners of War, Hostages and Missing Persons said "
            "the exchange would go on.",
        ),
        (
            "ru",
            "Государственная комиссия по делам военнопленных, заложников и пропавших без вести "
            "граждан сообщила об обмене.",
        ),
    ],
)
def test_a_name_with_commas_inside_is_one_speaker(lang: str, text: str) -> None:
    assert COMMISSION in _article(text, lang)
