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
