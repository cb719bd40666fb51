"""Who speaks, wave 26 (stmt26): after the verb, the person an aide's or spokesman's title
serves ("— заявила помощница Алиева", "said an adviser to the President of Armenia") is not
the speaker; the title's own holder is, when named. Sentences written for the test; Tigran
Melkonyan is a made-up name the gazetteer does not know."""

import pytest

from .catalogue import FILLER, speakers


def _article(text: str, lang: str) -> set[str]:
    return speakers(f"{text}\n\n{FILLER[lang]}", lang)


@pytest.mark.parametrize(
    ("lang", "text", "principal"),
    [
        ("ru", "«Миротворцы должны выполнять свои функции», — заявила помощница Алиева.",
         "Ilham Aliyev"),
        ("ru", "Граница останется закрытой, сообщил советник Пашиняна журналистам.",
         "Nikol Pashinyan"),
        ("ru", "\"Переговоры продолжатся\", - отметил в понедельник пресс-секретарь Алиева.",
         "Ilham Aliyev"),
        ("ru", "Обмен пленными завершен, рассказала помощница Пашиняна в эфире радио.",
         "Nikol Pashinyan"),
        ("en", "\"The talks will go on,\" said an adviser to Armenian Prime Minister Nikol "
         "Pashinyan.", "Nikol Pashinyan"),
        ("en", "The border will stay closed, said a spokesman for President Ilham Aliyev.",
         "Ilham Aliyev"),
    ],
)  # fmt: skip
def test_the_principal_after_the_verb_does_not_speak(lang: str, text: str, principal: str) -> None:
    assert principal not in _article(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "who", "not_who"),
    [
        ("ru", "«Переговоры продолжатся», — заявила пресс-секретарь Пашиняна Мане Геворгян.",
         "Mane Gevorgyan", "Nikol Pashinyan"),
        ("ru", "Граница останется закрытой, сообщил помощник Алиева Хикмет Гаджиев.",
         "Hikmet Hajiyev", "Ilham Aliyev"),
        ("en", "The peacekeepers will leave early, said Assistant of the President of "
         "Azerbaijan, Head of the Foreign Policy Affairs Department Hikmet Hajiyev.",
         "Hikmet Hajiyev", "Ilham Aliyev"),
    ],
)  # fmt: skip
def test_the_title_holder_after_the_verb_speaks(
    lang: str, text: str, who: str, not_who: str
) -> None:
    found = _article(text, lang)
    assert who in found
    assert not_who not in found


@pytest.mark.parametrize(
    ("lang", "text", "who"),
    [
        # negatives: the principal speaking himself, and a name in the nominative after a title
        ("ru", "«Переговоры продолжатся», — заявил премьер-министр Армении Никол Пашинян.",
         "Nikol Pashinyan"),
        ("ru", "Граница останется закрытой, сообщил президент Азербайджана Ильхам Алиев.",
         "Ilham Aliyev"),
        ("en", "\"The talks will go on,\" said Armenian Prime Minister Nikol Pashinyan.",
         "Nikol Pashinyan"),
    ],
)  # fmt: skip
def test_the_principal_himself_still_speaks(lang: str, text: str, who: str) -> None:
    assert who in _article(text, lang)
