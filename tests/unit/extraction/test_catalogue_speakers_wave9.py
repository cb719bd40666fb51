"""Who speaks, wave 9 (spk11): constructions written for the test, in both languages."""

import pytest

from .catalogue import FILLER, speakers


def _article(text: str, lang: str) -> set[str]:
    return speakers(f"{text}\n\n{FILLER[lang]}", lang)


@pytest.mark.parametrize(
    ("lang", "text", "state", "government"),
    [
        (
            "en",
            "The government of Azerbaijan has denied shelling the village.",
            "Azerbaijan",
            "Cabinet of Azerbaijan",
        ),
        (
            "en",
            "The Armenian government said on Monday that the border talks would go on.",
            "Armenia",
            "Government of Armenia",
        ),
        (
            "ru",
            "Правительство Армении заявило, что переговоры о границе продолжатся.",
            "Armenia",
            "Government of Armenia",
        ),
        (
            "ru",
            "Азербайджанское правительство сообщило о возвращении жителей в село.",
            "Azerbaijan",
            "Cabinet of Azerbaijan",
        ),
    ],
)
def test_a_government_speaking_is_its_state(
    lang: str, text: str, state: str, government: str
) -> None:
    """The guide: states speak; a state's government is the state's own voice."""
    found = _article(text, lang)
    assert state in found
    assert government not in found


def test_a_state_and_its_government_are_one_speaker() -> None:
    text = (
        "Azerbaijan announced a new checkpoint on the road on Sunday.\n\n"
        "Later the government of Azerbaijan denied that any soldier had been killed."
    )
    facts = _article(text, "en")
    assert facts == {"Azerbaijan"}


def test_a_ministry_still_speaks_as_itself() -> None:
    found = _article("The Armenian Defence Ministry said two soldiers were wounded.", "en")
    assert "Ministry of Defence (Armenia)" in found


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        (
            "Mher Grigoryan arrived in Moscow on Monday.\n\n"
            "Grigoryan's office said the commission would meet again in a month.",
            "Mher Grigoryan",
        ),
        ("Lavrov's ministry said the talks in Moscow would go on.", "Sergey Lavrov"),
        ("Aliyev’s office on Tuesday said the road would stay open.", "Ilham Aliyev"),
    ],
)
def test_a_possessive_owner_is_not_the_subject(text: str, owner: str) -> None:
    """ "X's office said": the office speaks (the guide: the institution), not its owner."""
    assert owner not in _article(text, "en")
