"""Who speaks, wave 13 (spk14): constructions written for the test, in both languages."""

import pytest

from .catalogue import FILLER, speakers


def _article(text: str, lang: str) -> set[str]:
    return speakers(f"{text}\n\n{FILLER[lang]}", lang)


@pytest.mark.parametrize(
    ("lang", "text", "body"),
    [
        (
            "en",
            "According to EU sources, Baku and Yerevan agreed to the meeting.",
            "European Union",
        ),
        ("en", "According to Kremlin sources, the talks will go ahead next week.", "Kremlin"),
        (
            "en",
            "The talks were postponed, said a source in the Russian Foreign Ministry.",
            "Ministry of Foreign Affairs (Russia)",
        ),
        (
            "ru",
            "Об этом сообщил в среду журналистам дипломатический источник в ЕС.",
            "European Union",
        ),
        ("ru", "Об этом заявил источник в Минобороны России.", "Ministry of Defence (Russia)"),
        (
            "ru",
            "Военные вышли из окружения, сообщает агентство со ссылкой на источник в Минобороны "
            "России.",
            "Ministry of Defence (Russia)",
        ),
    ],
)
def test_a_body_beside_an_unnamed_source_does_not_speak(lang: str, text: str, body: str) -> None:
    """ "EU sources", "источник в ЕС": the body only says where an unnamed source works,
    whether the verb comes before or after it, or "according to" leads (the guide: not an
    anonymous source)."""
    assert body not in _article(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "body"),
    [
        ("en", "According to the EU, Baku and Yerevan agreed to the meeting.", "European Union"),
        (
            "en",
            "The talks were postponed, said the Russian Foreign Ministry.",
            "Ministry of Foreign Affairs (Russia)",
        ),
        (
            "ru",
            "Об этом сообщило в среду Минобороны Азербайджана.",
            "Ministry of Defense (Azerbaijan)",
        ),
    ],
)
def test_a_body_speaking_itself_still_speaks(lang: str, text: str, body: str) -> None:
    """Without a source noun beside it, the body after the verb or "according to" speaks."""
    assert body in _article(text, lang)
