"""Who speaks, wave 26 (stmt26): a headline standing in a run of headlines after the article's
body is a list of links to other articles (the guide: teasers are not annotated), whether or
not it is bulleted. The article's own headline, and a subheading between two paragraphs of the
body, still speak. Sentences written for the test."""

import pytest

from .catalogue import speakers

BODY = {
    "en": "The Armenian Defence Ministry said Azerbaijani forces opened fire on its positions.",
    "ru": "Минобороны Армении сообщило об обстреле позиций на границе.",
}
BODY_SPEAKER = "Ministry of Defence (Armenia)"


@pytest.mark.parametrize(
    ("lang", "links"),
    [
        ("en", "Read also\n\nAliyev: Shusha will be rebuilt step by step\n\n"
         "Pashinyan invites citizens to the square\n\nNew bridge opened in Gyumri"),
        ("en", "Politics 19:48\nLavrov says talks in Moscow will go on\nRegion 19:26\n"
         "Weather: rain expected in Yerevan\nRegion 19:02"),
        ("ru", "Читайте также\n\nАлиев: Шуша будет восстановлена\n\n"
         "Пашинян пригласил граждан на площадь\n\nВ Гюмри открыли новый мост"),
        ("ru", "Политика 19:48\nЛавров заявил о продолжении переговоров\nРегион 19:26\n"
         "Погода: в Ереване ожидаются дожди\nРегион 19:02"),
    ],
)  # fmt: skip
def test_a_headline_in_a_run_of_links_after_the_body_has_no_speaker(lang: str, links: str) -> None:
    text = f"{BODY[lang]}\n\n{links}\n"
    assert speakers(text, lang) == {BODY_SPEAKER}


@pytest.mark.parametrize(
    ("lang", "text", "who"),
    [
        # negatives: the article's own headline and a lone subheading in the body speak
        ("en", "Lavrov says talks in Moscow will go on\n\nAzerbaijani forces opened fire on "
         "the positions overnight.\n\nThe weather was fine.", "Sergey Lavrov"),
        ("ru", "Лавров заявил о продолжении переговоров\n\nНочью позиции были обстреляны.\n\n"
         "Погода была хорошей.", "Sergey Lavrov"),
        ("en", "Azerbaijani forces opened fire on the positions overnight.\n\n"
         "Lavrov says talks in Moscow will go on\n\nThe talks began in April and have "
         "continued since.", "Sergey Lavrov"),
        ("ru", "Ночью позиции были обстреляны.\n\nЛавров заявил о продолжении переговоров\n\n"
         "Переговоры начались в апреле и продолжаются.", "Sergey Lavrov"),
    ],
)  # fmt: skip
def test_an_own_headline_or_a_lone_subheading_still_speaks(lang: str, text: str, who: str) -> None:
    assert who in speakers(text, lang)
