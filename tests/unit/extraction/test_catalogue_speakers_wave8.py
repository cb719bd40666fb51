"""Who speaks, wave 8 (spk10): constructions written for the test, in both languages."""

import pytest

from .catalogue import FILLER, speakers


def _article(text: str, lang: str) -> set[str]:
    return speakers(f"{text}\n\n{FILLER[lang]}", lang)


@pytest.mark.parametrize(
    ("lang", "text", "body", "state"),
    [
        (
            "en",
            "Armenia has confirmed two wounded soldiers, the country's Defence Ministry said.",
            "Ministry of Defence (Armenia)",
            "Armenia",
        ),
        (
            "en",
            "Azerbaijan welcomes the release of the detainees, the Azerbaijani Foreign Ministry "
            "said on Monday.",
            "Ministry of Foreign Affairs (Azerbaijan)",
            "Azerbaijan",
        ),
        (
            "ru",
            "Армения подтвердила гибель двух военнослужащих, сообщили в Минобороны Армении.",
            "Ministry of Defence (Armenia)",
            "Armenia",
        ),
    ],
)
def test_a_state_speaking_only_in_its_institutions_sentence_is_that_institution(
    lang: str, text: str, body: str, state: str
) -> None:
    """The guide: a state that only paraphrases its ministry is one speaker, the ministry."""
    found = _article(text, lang)
    assert body in found
    assert state not in found


@pytest.mark.parametrize(
    ("lang", "text", "state"),
    [
        (
            "en",
            "The Armenian Defence Ministry said two soldiers were wounded.\n\n"
            "Separately, Armenia said it would ask the CSTO for help.",
            "Armenia",
        ),
        (
            "ru",
            "Минобороны Армении сообщило о двух раненых.\n\n"
            "Кроме того, Армения заявила, что обратится за помощью к ОДКБ.",
            "Armenia",
        ),
    ],
)
def test_a_state_speaking_in_a_sentence_of_its_own_is_a_second_speaker(
    lang: str, text: str, state: str
) -> None:
    """The guide: a ministry and its state speaking separately are two speakers."""
    assert state in _article(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "absent"),
    [
        (
            "en",
            "A State Department official said the talks would resume.",
            "United States Department of State",
        ),
        (
            "en",
            "Officials at the Armenian Defence Ministry said the talks would resume.",
            "Ministry of Defence (Armenia)",
        ),
        (
            "en",
            "An Azerbaijani Foreign Ministry official told reporters the road was open.",
            "Ministry of Foreign Affairs (Azerbaijan)",
        ),
        ("en", "A Kremlin source said the summit was being prepared.", "Kremlin"),
        (
            "ru",
            "Источник в МИД Армении сообщил, что переговоры продолжатся.",
            "Ministry of Foreign Affairs (Armenia)",
        ),
        (
            "ru",
            "Высокопоставленный чиновник Госдепартамента заявил, что переговоры продолжатся.",
            "United States Department of State",
        ),
    ],
)
def test_an_unnamed_official_or_source_of_a_body_gives_the_body_no_statement(
    lang: str, text: str, absent: str
) -> None:
    """The guide: not an anonymous source; an unnamed official gets no StatementMade."""
    assert absent not in _article(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "ru",
            "Представитель Госдепартамента США заявил, что переговоры продолжатся.",
            "United States Department of State",
        ),
        (
            "en",
            "The Armenian Defence Ministry said in a statement that two soldiers were wounded.",
            "Ministry of Defence (Armenia)",
        ),
    ],
)
def test_a_spokesperson_of_a_body_still_speaks_for_it(lang: str, text: str, speaker: str) -> None:
    assert speaker in _article(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Обе стороны сообщают об убитых и раненых среди мирных жителей."),
        ("ru", "Стороны сообщают о потерях, в том числе среди военных."),
        ("en", "Both sides report casualties among civilians."),
        ("en", "The two countries claim dozens of soldiers have been killed."),
    ],
)
def test_both_sides_reporting_habitually_in_the_present_give_no_statement(
    lang: str, text: str
) -> None:
    """Like "accused each other" (the guide): each side reports its own losses, no one voice."""
    found = _article(text, lang)
    assert "Armenia" not in found
    assert "Azerbaijan" not in found


@pytest.mark.parametrize(
    "text",
    ["Стороны заявили о готовности к переговорам.", "Both sides said they were ready for talks."],
)
def test_both_sides_speaking_once_in_the_past_still_speak(text: str) -> None:
    lang = "en" if text.isascii() else "ru"
    assert {"Armenia", "Azerbaijan"} <= _article(text, lang)
