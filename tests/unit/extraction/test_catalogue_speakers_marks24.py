"""Who speaks when a quotation opens with one kind of mark and closes with another (a straight
opening mark and a curly closing one): the words after the closing mark are the article's again,
so the speaker named there is on the record (sentences written for the test)."""

import pytest

from .catalogue import speakers


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "en",
            '"The enemy shelled the village of Talish at night,” the Defense Ministry of '
            "Azerbaijan said on Monday.",
            "Ministry of Defense (Azerbaijan)",
        ),
        (
            "en",
            '"We are ready to sign the treaty,” Prime Minister Nikol Pashinyan told reporters.',
            "Nikol Pashinyan",
        ),
        (
            "en",
            '"Armenia must withdraw its troops,” Assistant to the President, Head of the '
            "Foreign Policy Department Hikmet Hajiyev wrote on Twitter.",
            "Hikmet Hajiyev",
        ),
        (
            "ru",
            '"Переговоры будут продолжены в ближайшее время”, - заявил глава МИД России '
            "Сергей Лавров.",
            "Sergey Lavrov",
        ),
        (
            "ru",
            '"Противник обстрелял наши позиции» - сообщили в Минобороны Армении.',
            "Ministry of Defence (Armenia)",
        ),
    ],
)
def test_speaker_after_mixed_quotation_marks(lang: str, text: str, speaker: str) -> None:
    assert speaker in speakers(text, lang)
