"""Who speaks, wave 14 (spk15): constructions written for the test, in both languages."""

import pytest

from .catalogue import FILLER, speakers


def _article(text: str, lang: str) -> set[str]:
    return speakers(f"{text}\n\n{FILLER[lang]}", lang)


@pytest.mark.parametrize(
    ("lang", "text", "framer", "reported"),
    [
        (
            "en",
            "According to Aliyev, Pashinyan had said that Armenia would attend only with France.",
            "Ilham Aliyev",
            "Nikol Pashinyan",
        ),
        (
            "en",
            "But according to Putin, Pashinyan told him the border talks would resume.",
            "Vladimir Putin",
            "Nikol Pashinyan",
        ),
        (
            "ru",
            "По словам Пескова, Пашинян заявил о готовности продолжить переговоры.",
            "Dmitry Peskov",
            "Nikol Pashinyan",
        ),
        (
            "ru",
            "Таким образом, как добавил Песков, Ильхам Алиев выразил готовность к переговорам.",
            "Dmitry Peskov",
            "Ilham Aliyev",
        ),
        (
            "ru",
            "Как сообщил Лавров, Алиев подтвердил согласие на встречу в Москве.",
            "Sergey Lavrov",
            "Ilham Aliyev",
        ),
    ],
)
def test_speech_inside_an_opening_frame_is_the_framers(
    lang: str, text: str, framer: str, reported: str
) -> None:
    """ "According to X, Y said", "как добавил X, Y заявил": Y's words come from X's report,
    so only X speaks on the record (the guide: never speech reported inside speech)."""
    found = _article(text, lang)
    assert framer in found
    assert reported not in found


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "en",
            "According to local media reports, Pashinyan said the talks would help.",
            "Nikol Pashinyan",
        ),
        ("ru", "Пашинян заявил о готовности к переговорам, как сообщил Песков.", "Nikol Pashinyan"),
        (
            "en",
            "Pashinyan said, according to Peskov, that the talks would go ahead.",
            "Nikol Pashinyan",
        ),
    ],
)
def test_a_frame_of_outlets_or_a_trailing_frame_embeds_nothing(
    lang: str, text: str, speaker: str
) -> None:
    """A frame naming no speaker ("according to local media reports") frames nothing, and a
    frame after the verb ("…, как сообщил Песков") does not take the verb's subject away."""
    assert speaker in _article(text, lang)
