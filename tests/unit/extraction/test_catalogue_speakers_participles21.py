"""An English participle after a comma ("..., saying that", "..., blaming X"), wave 21
(stmt21): constructions written for the test."""

import pytest

from .catalogue import FILLER, speakers


def _article(text: str) -> set[str]:
    return speakers(f"{text}\n\n{FILLER['en']}", "en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moscow has objected to the plan, saying that its guards must stay.", {"Russia"}),
        ("Russia opposed the proposal, stating that the road must stay open.", {"Russia"}),
        ("Baku has rejected the plan, stating that it breaks the deal.", {"Azerbaijan"}),
        ("Azerbaijan shelled the village, saying it was a military target.", {"Azerbaijan"}),
        (
            "Pashinyan said the talks were useful, adding that a new round would follow.",
            {"Nikol Pashinyan"},
        ),
    ],
)
def test_a_participle_speaks_for_the_sentence_subject(text: str, expected: set[str]) -> None:
    """ "X opposed this, saying that ...": the participle's subject is the subject of the
    sentence, whatever its main verb."""
    assert _article(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Protesters gathered in the square, blaming Prime Minister Nikol Pashinyan for it.",
        "Crowds marched to the parliament, accusing Nikol Pashinyan of treason.",
        "Residents rallied outside the government, criticising Ilham Aliyev for the blockade.",
    ],
)
def test_a_name_after_the_participle_is_its_object(text: str) -> None:
    """ "..., blaming X for ...": the name after the participle is whom it blames; the unnamed
    crowd before it is nobody on the record."""
    assert _article(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The ministry published a document stating that the border was closed.",
        "A statement saying that the border was closed was published on Monday.",
    ],
)
def test_a_document_saying_is_nobody_speaking(text: str) -> None:
    """ "a document stating that": no one speaks without a subject who says it."""
    assert _article(text) == set()
