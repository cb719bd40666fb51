"""Who speaks, wave 3: the reporting vocabulary as a dictionary lists it (data/speech.toml),
each verb or phrase in a sentence written for the test, and the phrases that do not speak."""

import pytest

from .catalogue import FILLER, speakers


def _article(text: str, lang: str) -> set[str]:
    return speakers(f"{text}\n\n{FILLER[lang]}", lang)


@pytest.mark.parametrize(
    "text",
    [
        "Захарова ответила на вопрос о переговорах в Москве.",
        "Захарова возразила против такой трактовки событий.",
        "Захарова прокомментировала ход переговоров в Москве.",
        "Захарова упомянула о предстоящих переговорах в Москве.",
        "Захарова предостерегла стороны от новых провокаций.",
        "Захарова огласила позицию министерства по переговорам.",
        "Захарова озвучила позицию министерства по переговорам.",
        "Захарова обратила внимание на нарушения режима прекращения огня.",
        "Захарова возложила вину за эскалацию на обе стороны.",
        "Захарова выступила с речью о переговорах в Москве.",
        "Ранее Захарова признавалась, что переговоры идут трудно.",
    ],
)
def test_a_russian_reporting_verb_speaks(text: str) -> None:
    assert "Maria Zakharova" in _article(text, "ru")


@pytest.mark.parametrize(
    "text",
    [
        "Позиция ведомства изложена на сайте, говорится на сайте МИД Армении.",
        "Переговоры продолжатся, сообщается на странице МИД Армении в Facebook.",
    ],
)
def test_a_page_of_the_owner_speaks_for_it(text: str) -> None:
    assert "Ministry of Foreign Affairs (Armenia)" in _article(text, "ru")


@pytest.mark.parametrize(
    "text",
    [
        "Lavrov blames Baku for the collapse of the talks.",
        "Lavrov threatens to walk out of the talks in Moscow.",
        "Lavrov threatened to walk out of the talks in Moscow.",
        "Lavrov decries the shelling of border villages.",
        "Lavrov deplores the shelling of border villages.",
        "Lavrov laments the collapse of the talks.",
        "Lavrov lauds the progress of the talks.",
        "Lavrov clarifies the position of Moscow on the talks.",
        "Lavrov asserts the talks will continue.",
        "Lavrov argues the talks must continue.",
        "Lavrov points out the talks are not over.",
        "Lavrov cautions against new provocations.",
        "Lavrov assures Yerevan of continued support.",
        "Lavrov affirms the talks will continue.",
        "Lavrov describes the talks as constructive.",
        "Lavrov lashed out at the West over the talks.",
        "Lavrov was cited as saying the talks would continue.",
        "Lavrov rebuffed the criticism of the talks.",
        "Lavrov dismissed claims of a breakdown in relations with Baku.",
    ],
)
def test_an_english_reporting_verb_speaks(text: str) -> None:
    assert "Sergey Lavrov" in _article(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "The talks will go on, according to a statement released by the Armenian Foreign Ministry.",
        "The talks will go on, according to a statement issued by the Armenian Foreign Ministry.",
    ],
)
def test_a_statement_released_by_its_owner_is_the_owners(text: str) -> None:
    assert "Ministry of Foreign Affairs (Armenia)" in _article(text, "en")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # "отвечать" also means "correspond to": only the perfective "ответить" answers
        ("ru", "Выход миротворцев отвечает нынешним реалиям, заявили в Кремле."),
    ],
)
def test_a_verb_of_another_sense_does_not_speak(lang: str, text: str) -> None:
    assert "Russian peacekeeping forces in Nagorno-Karabakh" not in _article(text, lang)


def test_spreading_a_statement_is_publishing_not_speaking() -> None:
    # the guide: publishing a document is not speaking
    text = "МИД Армении распространил заявление глав государств о переговорах."
    assert "Ministry of Foreign Affairs (Armenia)" not in _article(text, "ru")


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("en", "According to Yerevan, the units are in control of the situation.", "Armenia"),
        ("en", "The village was shelled overnight, according to Baku.", "Azerbaijan"),
        ("ru", "По данным Баку, армянские военные обстреляли позиции.", "Azerbaijan"),
        ("ru", "По словам Еревана, граница остается закрытой.", "Armenia"),
    ],
)
def test_a_capital_after_an_attribution_phrase_is_its_government(
    lang: str, text: str, speaker: str
) -> None:
    assert speaker in _article(text, lang)


def test_anonymous_sources_in_a_capital_do_not_speak() -> None:
    assert "Azerbaijan" not in _article(
        "According to sources in Baku, the village was shelled.", "en"
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Armenian authorities condemn the shelling of border villages.",
        "The Armenian authorities deny the reports of a retreat.",
        "The Armenian authorities urge the mediators to act.",
        "The Armenian authorities blame Baku for the escalation.",
        "The Armenian authorities demand the return of prisoners.",
        "The Armenian authorities reject the accusations of shelling.",
    ],
)
def test_the_english_plural_present_speaks(text: str) -> None:
    assert "Armenia" in _article(text, "en")


def test_a_participle_naming_a_documents_content_does_not_speak() -> None:
    # "declare" stays out: "a statement declaring a ceasefire" names what the document says
    text = "Aliyev signed a statement declaring a ceasefire in the region, the Kremlin announced."
    assert "Ilham Aliyev" not in _article(text, "en")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("«Переговоры продолжатся», — цитирует Лаврова агентство.", "Sergey Lavrov"),
        (
            "Агентство приводит слова Захаровой о том, что переговоры продолжатся.",
            "Maria Zakharova",
        ),
    ],
)
def test_the_one_an_outlet_quotes_speaks(text: str, speaker: str) -> None:
    assert speaker in _article(text, "ru")
