"""Who speaks when an aside stands between the subject and the verb, wave 18 (app18):
constructions written for the test."""

import pytest

from .catalogue import FILLER, speakers


def _article(text: str, lang: str = "en") -> set[str]:
    return speakers(f"{text}\n\n{FILLER[lang]}", lang)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Armenia, a CSTO member, said the attack was unprovoked.", "en", {"Armenia"}),
        ("The government of Armenia, a CSTO member, appealed to the bloc.", "en", {"Armenia"}),
        (
            "Azerbaijan, the host of the talks, has said the meeting was useful.",
            "en",
            {"Azerbaijan"},
        ),
        ("Armenia — a CSTO member — said the attack was unprovoked.", "en", {"Armenia"}),
        (
            "Josep Borrell — the EU foreign policy chief — said the talks were useful.",
            "en",
            {"Josep Borrell"},
        ),
        ("Армения, член ОДКБ, заявила, что нападение было неспровоцированным.", "ru", {"Armenia"}),
    ],
)
def test_a_state_or_body_before_an_apposition_speaks(
    text: str, lang: str, expected: set[str]
) -> None:
    """ "Armenia, a CSTO member, said": an apposition set off by a pair of commas or of dashes
    stands between the subject and its verb, whatever the subject's kind (a state, a body or
    a person)."""
    assert _article(text, lang) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the aside holds a clause with its own speaker: the agent before it says nothing
        "A fire broke out after shots fired by the Azerbaijani armed forces, the ministry's "
        "spokesperson Hayk Kostanyan told reporters, adding that it was contained.",
    ],
)
def test_a_body_before_a_clause_with_its_own_speaker_does_not_speak(text: str) -> None:
    assert "Azerbaijani Armed Forces" not in _article(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Армянская сторона, оставаясь приверженной договоренностям о перемирии, выражает "
            "готовность передать азербайджанской стороне тела военнослужащих.",
            {"Armenia"},
        ),
        (
            "Армянская сторона, оставаясь приверженной договоренностям, заявила, что готова к "
            "обмену.",
            {"Armenia"},
        ),
        (
            "Министерство обороны Азербайджана, ссылаясь на данные разведки, сообщило, что "
            "обстрел продолжается.",
            {"Ministry of Defense (Azerbaijan)"},
        ),
        (
            "Захарова, оказавшись перед журналистами, заявила, что переговоры будут продолжены.",
            {"Maria Zakharova"},
        ),
    ],
)
def test_a_reflexive_gerund_aside_stands_between_subject_and_verb(
    text: str, expected: set[str]
) -> None:
    """ "Армянская сторона, оставаясь ..., выражает": a Russian reflexive gerund keeps "-сь"
    ("оставаясь", "ссылаясь", "оказавшись") and opens an aside like any gerund; the subject
    before it speaks, not the object after the verb."""
    assert _article(text, "ru") == expected
