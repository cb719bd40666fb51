"""Who speaks, wave 16 (spk17): constructions written for the test."""

import pytest

from .catalogue import FILLER, speakers


def _article(text: str, lang: str = "en") -> set[str]:
    return speakers(f"{text}\n\n{FILLER[lang]}", lang)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Antony Blinken, Sergey Lavrov and Jean-Yves Le Drian express support for dialogue.",
            {"Antony Blinken", "Sergey Lavrov", "Jean-Yves Le Drian"},
        ),
        (
            "Sergey Lavrov and Jean-Yves Le Drian, representing the mediating countries, "
            "express their readiness to host the talks.",
            {"Sergey Lavrov", "Jean-Yves Le Drian"},
        ),
        (
            "The OSCE Minsk Group Co-Chairs regret that the meeting was cancelled.",
            {"OSCE Minsk Group"},
        ),
        ("Russian peacekeepers call on both sides to respect the ceasefire.", None),
        (
            "Sergey Lavrov and Jean-Yves Le Drian stress that the ceasefire must hold.",
            {"Sergey Lavrov", "Jean-Yves Le Drian"},
        ),
    ],
)
def test_a_bare_speech_verb_after_its_subject_is_a_plural_present(
    text: str, expected: set[str] | None
) -> None:
    """ "The co-chairs regret that", "the ministers express support": the bare form of a
    speech verb is the plural present when a subject stands before it and a clause or an
    object follows it (the word alone could be a noun)."""
    found = _article(text)
    if expected is None:
        assert "Russian peacekeeping forces in Nagorno-Karabakh" in found
    else:
        assert expected <= found


@pytest.mark.parametrize(
    "text",
    [
        "The stress of the war was felt in Yerevan.",
        "An express train left Baku for Tbilisi on Monday.",
        "A call on the ceasefire line was recorded by the monitors.",
        "Ilham Aliyev's regret was visible during the talks.",
    ],
)
def test_a_bare_speech_word_without_subject_or_object_is_a_noun(text: str) -> None:
    """ "the stress of the war", "an express train": a bare form after an article or with no
    clause or object after it is a noun, and nobody speaks."""
    assert _article(text) == set()


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "en",
            "The Azerbaijani Ministry of Defence (MoD) reported that troops had entered the town.",
            "Ministry of Defense (Azerbaijan)",
        ),
        (
            "en",
            "Troops had entered the town, the Ministry of Defence of Azerbaijan (MoD) said.",
            "Ministry of Defense (Azerbaijan)",
        ),
        (
            "en",
            "The Co-Chairs of the OSCE Minsk Group (a diplomat of France, a diplomat of Russia "
            "and a diplomat of the United States) said that the talks were postponed.",
            "OSCE Minsk Group",
        ),
        (
            "en",
            "Hikmet Hajiyev (pictured) told reporters that the town was shelled.",
            "Hikmet Hajiyev",
        ),
        (
            "ru",
            "Министерство обороны Азербайджана (МО) сообщило, что войска вошли в город.",
            "Ministry of Defense (Azerbaijan)",
        ),
    ],
)
def test_a_parenthesis_between_speaker_and_verb_is_an_aside(
    lang: str, text: str, speaker: str
) -> None:
    """ "the Ministry of Defence (MoD) reported": an abbreviation, the members or a remark in
    parentheses stands aside; the subject is read before the parenthesis opens."""
    assert speaker in _article(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "Ruben Vardanyan is accused of moving money through offshore companies.",
        "Ilham Aliyev has been criticised for the offensive.",
        "Armenia was urged to withdraw its troops from the border.",
        "The need to keep the talks within the OSCE Minsk Group was stressed.",
        "Nikol Pashinyan was also told about the incident.",
    ],
)
def test_a_passive_speech_verb_without_agent_names_no_speaker(text: str) -> None:
    """ "X is accused of", "X was urged to": in the passive the subject is the one spoken to
    or about; with no "by" agent nobody named speaks."""
    assert _article(text) == set()


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ilham Aliyev was quoted as saying that the talks would resume.", "Ilham Aliyev"),
        ("The ceasefire was welcomed by Antony Blinken on Monday.", "Antony Blinken"),
        ("Nikol Pashinyan said the attack was condemned abroad.", "Nikol Pashinyan"),
    ],
)
def test_a_passive_with_its_agent_or_quoting_its_subject_keeps_the_speaker(
    text: str, speaker: str
) -> None:
    """ "was welcomed by X": the agent speaks; "X was quoted as saying": X's words."""
    assert speaker in _article(text)
