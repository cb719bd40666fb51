"""Who speaks, wave 5 (spk8): constructions written for the test, in both languages."""

import pytest

from .catalogue import FILLER, speakers

COMMISSION = "State Commission on Prisoners of War, Hostages and Missing Persons"


def _article(text: str, lang: str) -> set[str]:
    return speakers(f"{text}\n\n{FILLER[lang]}", lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Ten soldiers were handed over, Baku's State Commission for Prisoners of War, "
            "Hostages and Missing Persons said on Sunday.",
        ),
        (
            "en",
            "The State Commission on Prisoners of War, Hostages and Missing Persons said "
            "the exchange would go on.",
        ),
        (
            "ru",
            "Государственная комиссия по делам военнопленных, заложников и пропавших без вести "
            "граждан сообщила об обмене.",
        ),
    ],
)
def test_a_name_with_commas_inside_is_one_speaker(lang: str, text: str) -> None:
    assert COMMISSION in _article(text, lang)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Наблюдатели прибудут в Армению сегодня, сообщил в Twitter специальный представитель "
            "ЕС по Южному Кавказу и кризису в Грузии Тойво Клаар.",
            "Toivo Klaar",
        ),
        (
            "Об этом сообщила официальный представитель МИД России по вопросам Южного Кавказа "
            "и Центральной Азии Мария Захарова.",
            "Maria Zakharova",
        ),
    ],
)
def test_a_long_title_is_closed_by_the_name_of_its_holder(text: str, speaker: str) -> None:
    found = _article(text, "ru")
    assert speaker in found
    assert "European Union" not in found


def test_an_oblique_name_after_a_long_title_does_not_close_it() -> None:
    text = "Об этом заявил глава МИД Армении в ходе беседы с российским министром Сергеем Лавровым."
    found = _article(text, "ru")
    assert "Sergey Lavrov" not in found


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("В Ереване в свою очередь назвали эту информацию ложной.", "Armenia"),
        ("В Баку, в свою очередь, заявили, что это ложь.", "Azerbaijan"),
        ("В Москве тем временем заявили, что переговоры продолжатся.", "Russia"),
    ],
)
def test_a_capital_speaks_across_an_aside(text: str, speaker: str) -> None:
    assert speaker in _article(text, "ru")


def test_a_body_speaking_through_its_unnamed_representative_is_its_spokesperson() -> None:
    text = (
        "State Department spokesman Matthew Miller said the talks were delayed.\n\n"
        "As the representative of the US State Department noted, the parties continue the "
        "dialogue."
    )
    found = _article(text, "en")
    assert "Matthew Miller (spokesperson)" in found
    assert "United States Department of State" not in found


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "This was reported by the press service of the Armenian Defense Ministry.",
            "Ministry of Defence (Armenia)",
        ),
        (
            "The release was confirmed by the press service of the Azerbaijan State Commission "
            "for Prisoners of War, Hostages and Missing Citizens.",
            COMMISSION,
        ),
    ],
)
def test_a_press_service_after_a_passive_by_is_its_body(text: str, speaker: str) -> None:
    found = _article(text, "en")
    assert speaker in found
    assert "Azerbaijan" not in found  # an owner right before the body's name is no agent


@pytest.mark.parametrize(
    "text",
    [
        "По словам Месропа Аракеляна, газ в регион не поступает.",
        "По словам советника госминистра Месропа Аракеляна, газ в регион не поступает.",
        "Согласно заявлению Месропа Аракеляна, газ в регион не поступает.",
    ],
)
def test_an_unlisted_person_in_the_genitive_speaks_under_his_nominative_name(text: str) -> None:
    assert "Mesrop Arakelyan" in _article(text, "ru")


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "en",
            "The posts were closed, Azernews reports with reference to the information by the "
            "Russian Defense Ministry.",
            "Ministry of Defence (Russia)",
        ),
        (
            "en",
            "The checkpoint was installed, as stated by the command of the Russian Peacekeeping "
            "Contingent.",
            "Russian peacekeeping forces in Nagorno-Karabakh",
        ),
        (
            "en",
            "The road was closed, as reported by the press service of the Armenian Defense "
            "Ministry.",
            "Ministry of Defence (Armenia)",
        ),
    ],
)
def test_document_and_service_words_do_not_hide_the_owner(
    lang: str, text: str, speaker: str
) -> None:
    assert speaker in _article(text, lang)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Scores were killed, which prompted an appeal for calm from Russian President "
            "Vladimir Putin.",
            "Vladimir Putin",
        ),
        ("The talks resumed after a statement by the Kremlin.", "Kremlin"),
    ],
)
def test_the_owner_of_a_statement_after_from_or_by_speaks(text: str, speaker: str) -> None:
    assert speaker in _article(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "There was no statement from the Kremlin on the matter.",
        "The truce was set out in the trilateral statement signed by Putin, Aliyev and Pashinyan.",
    ],
)
def test_no_statement_and_a_signed_document_have_no_owner_speaking(text: str) -> None:
    assert not {"Kremlin", "Vladimir Putin"} & _article(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "The first meeting of Deputy Prime Minister Shahin Mustafayev and Deputy Prime Minister "
        "Mher Grigoryan took place on the border. The parties reaffirmed their readiness to "
        "continue the work.",
        "Deputy Prime Minister Shahin Mustafayev met Deputy Prime Minister Mher Grigoryan on the "
        "border. The sides noted the progress of the commission.",
    ],
)
def test_the_parties_after_two_named_people_are_those_people(text: str) -> None:
    found = _article(text, "en")
    assert {"Shahin Mustafayev", "Mher Grigoryan"} <= found
    assert "Armenia" not in found


def test_the_parties_with_nobody_named_before_are_nobody() -> None:
    assert _article("The parties reaffirmed their readiness to continue the work.", "en") == set()
