"""Words exchanged in a conversation are not on the record (the guide, f13c "told him", f18
"private phone call"): what one leader tells, thanks or assures another named person, and what
two leaders jointly discussed and noted in their call, give no StatementMade of their own.
Words addressed to the press, or to a state, still do (sentences written for the test)."""

import pytest

from .catalogue import speakers


@pytest.mark.parametrize(
    ("lang", "text", "silent"),
    [
        (
            "en",
            "During the call, Aliyev told Putin that the incident had been accidental.",
            "Ilham Aliyev",
        ),
        ("en", "Pashinyan told Macron about the situation on the border.", "Nikol Pashinyan"),
        ("en", "Aliyev assured Michel that Baku was ready to continue the talks.", "Ilham Aliyev"),
        (
            "ru",
            "Пашинян рассказал российскому президенту о внутриполитической ситуации в Армении.",
            "Nikol Pashinyan",
        ),
        ("ru", "Алиев заверил Путина, что инцидент был случайным.", "Ilham Aliyev"),
        (
            "ru",
            "Премьер-министр Армении поблагодарил Владимира Путина за посреднические усилия.",
            "Nikol Pashinyan",
        ),
        (
            "ru",
            "Путин и Пашинян в ходе телефонного разговора обсудили ситуацию в Карабахе и "
            "констатировали стабилизацию обстановки.",
            "Vladimir Putin",
        ),
        (
            "en",
            "In a phone conversation, Putin and Pashinyan discussed the situation in Karabakh "
            "and noted that it had stabilised.",
            "Vladimir Putin",
        ),
    ],
)
def test_words_inside_a_conversation_are_private(lang: str, text: str, silent: str) -> None:
    assert silent not in speakers(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("en", "Pashinyan told reporters that the talks had been useful.", "Nikol Pashinyan"),
        ("ru", "Пашинян заявил журналистам, что переговоры были полезными.", "Nikol Pashinyan"),
        (
            "en",
            "During the call, Lavrov urged Armenia and Azerbaijan to stop the fighting.",
            "Sergey Lavrov",
        ),
        ("ru", "Алиев сообщил, что Баку готов к переговорам.", "Ilham Aliyev"),
    ],
)
def test_words_to_the_press_or_a_state_are_on_record(lang: str, text: str, speaker: str) -> None:
    assert speaker in speakers(text, lang)
