"""Who speaks, wave 3: a spokesperson and the body they speak for are one voice
(data/spokespeople.toml), another body of the same state is another speaker (sentences written
for the test)."""

import pytest

from services.extraction.gazetteer import canonical_entity
from services.extraction.statements import own_bodies

from .catalogue import FILLER, speakers


def _article(text: str, lang: str) -> set[str]:
    return speakers(f"{text}\n\n{FILLER[lang]}", lang)


def test_another_body_of_the_spokespersons_state_speaks() -> None:
    text = (
        "Официальный представитель МИД России Мария Захарова заявила, что Москва готова "
        "содействовать переговорам. Ранее Минобороны России сообщило о нарушении режима "
        "прекращения огня в Карабахе."
    )
    found = _article(text, "ru")
    assert {"Maria Zakharova", "Ministry of Defence (Russia)"} <= found


@pytest.mark.parametrize(
    "text",
    [
        # the body speaks only in the headline
        "МИД России призвал стороны к сдержанности\n\n"
        "Официальный представитель МИД России Мария Захарова заявила, что Москва готова "
        "содействовать переговорам. Переговоры продолжатся в декабре.",
        # the body speaks through its spokesperson named by office only
        "Мария Захарова заявила, что Москва готова содействовать переговорам. Переговоры "
        "продолжатся в декабре. Стороны должны проявить сдержанность, отметил представитель "
        "МИД России.",
    ],
)
def test_the_spokespersons_own_body_is_the_spokesperson(text: str) -> None:
    found = _article(text, "ru")
    assert "Maria Zakharova" in found
    assert "Ministry of Foreign Affairs (Russia)" not in found


def test_the_spokespersons_own_body_speaking_on_its_own_is_a_second_speaker() -> None:
    text = (
        "Мария Захарова заявила, что Москва готова содействовать переговорам. Переговоры "
        "продолжатся в декабре. МИД России в пятницу также сообщил о консультациях в Баку."
    )
    found = _article(text, "ru")
    assert {"Maria Zakharova", "Ministry of Foreign Affairs (Russia)"} <= found


def test_a_foreign_ministry_spokesman_leaves_the_defence_ministry_its_voice() -> None:
    text = (
        "The Armenian Defense Ministry said two soldiers were wounded in the shelling. "
        "The shelling lasted for an hour. "
        "Foreign Ministry spokesman Vahan Hunanyan said Yerevan was ready for talks."
    )
    found = _article(text, "en")
    assert {"Vahan Hunanyan", "Ministry of Defence (Armenia)"} <= found


def test_every_listed_spokesperson_and_body_is_in_the_gazetteer() -> None:
    for person, bodies in own_bodies().items():
        entity = canonical_entity(person)
        assert entity is not None and "spokes" in entity.flags, person
        for body in bodies:
            found = canonical_entity(body)
            assert found is not None and found.name == body, body


def test_a_body_speaking_right_before_another_bodys_spokesperson_speaks() -> None:
    text = (
        "The Armenian Defense Ministry said two soldiers were wounded in the shelling. "
        "Foreign Ministry spokesman Vahan Hunanyan said Yerevan was ready for talks."
    )
    found = _article(text, "en")
    assert {"Vahan Hunanyan", "Ministry of Defence (Armenia)"} <= found


def test_the_own_body_right_before_its_spokesperson_is_the_spokesperson() -> None:
    text = (
        "The Armenian Foreign Ministry said Yerevan was ready for talks. "
        "Spokesman Vahan Hunanyan told reporters the talks could start in December."
    )
    found = _article(text, "en")
    assert "Vahan Hunanyan" in found
    assert "Ministry of Foreign Affairs (Armenia)" not in found
