"""Who speaks, wave 26 (stmt26): a name in the genitive after a noun that a preposition governs
("о деятельности миротворцев", "в зоне ответственности контингента") completes that noun; it
is not the subject of the speech or registering verb beside it. Sentences written for the
test."""

import pytest

from .catalogue import FILLER, speakers

PEACEKEEPERS = "Russian peacekeeping forces in Nagorno-Karabakh"


def _article(text: str, lang: str) -> set[str]:
    return speakers(f"{text}\n\n{FILLER[lang]}", lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "В бюллетене о деятельности миротворцев сообщается о нарушении режима "
         "прекращения огня."),
        ("ru", "Вчера зафиксировано одно нарушение в зоне ответственности российского "
         "миротворческого контингента."),
        ("ru", "В районе ответственности российских миротворцев зафиксированы два нарушения."),
        ("ru", "О работе российского миротворческого контингента сообщалось в бюллетене."),
        ("en", "One violation was recorded in the zone of responsibility of the Russian "
         "peacekeepers."),
    ],
)  # fmt: skip
def test_a_complement_of_a_governed_noun_does_not_speak(lang: str, text: str) -> None:
    assert PEACEKEEPERS not in _article(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "who"),
    [
        # negatives: the subject itself, before or after the verb
        ("ru", "Командование российского миротворческого контингента сообщило о нарушении.",
         PEACEKEEPERS),
        ("ru", "О нарушении режима прекращения огня сообщили российские миротворцы.",
         PEACEKEEPERS),
        ("ru", "В зоне ответственности миротворцев, сообщило Минобороны России, нарушений нет.",
         "Ministry of Defence (Russia)"),
        # added after a first version of the rule dropped it: a nominative noun heads the name
        ("ru", "В среду Минобороны Армении сообщило, что утром позиции были обстреляны.",
         "Ministry of Defence (Armenia)"),
    ],
)  # fmt: skip
def test_the_subject_beside_it_still_speaks(lang: str, text: str, who: str) -> None:
    assert who in _article(text, lang)
