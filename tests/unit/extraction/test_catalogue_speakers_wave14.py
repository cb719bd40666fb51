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


@pytest.mark.parametrize(
    ("lang", "text", "speaker", "object_"),
    [
        (
            "en",
            "The Defense Ministry of Armenia strongly condemns the provocative action by the "
            "Azerbaijani armed forces and states that the responsibility lies with Baku.",
            "Ministry of Defence (Armenia)",
            "Azerbaijani Armed Forces",
        ),
        (
            "en",
            "Turkey has supported Baku and demanded the withdrawal of Armenian forces.",
            "Turkey",
            "Azerbaijan",
        ),
        (
            "en",
            "During the meeting with Putin, Pashinyan thanked Aliyev and said "
            "the talks were useful.",
            "Nikol Pashinyan",
            "Ilham Aliyev",
        ),
        (
            "ru",
            "Министр Айвазян поприветствовал Лаврова и подчеркнул важность союзнических отношений.",
            "Ara Aivazian",
            "Sergey Lavrov",
        ),
    ],
)
def test_a_second_predicate_shares_the_first_subject(
    lang: str, text: str, speaker: str, object_: str
) -> None:
    """ "X condemns the action by Y and states that ...": the verb after "and" has no subject
    of its own; X speaks, never the name standing between as an object."""
    found = _article(text, lang)
    assert speaker in found
    assert object_ not in found


def test_an_unnamed_first_subject_gives_no_object_a_voice() -> None:
    """ "The ministry condemned Azerbaijan and said": the object is no speaker."""
    text = "The ministry strongly condemned Azerbaijan and said that the blame lies with Baku."
    assert "Azerbaijan" not in _article(text, "en")
