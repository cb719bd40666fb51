"""Who speaks, 2.7.0: the classes of reporting verbs completed in both languages, quotes closed
in an earlier sentence, oblique names before a verb, and a headline's state repeating its
ministry (sentences written for the test)."""

import pytest

from .catalogue import FILLER, speakers


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        # thanking, apologising, reporting to someone, registering, informing
        ("ru", "Правительство Армении поблагодарило Россию за помощь.", "Armenia"),
        ("ru", "Пашинян отчитался о завершении работ на границе.", "Nikol Pashinyan"),
        ("ru", "Азербайджан извинился за инцидент на границе.", "Azerbaijan"),
        (
            "ru",
            "Минобороны России зафиксировало два нарушения режима прекращения огня.",
            "Ministry of Defence (Russia)",
        ),
        (
            "ru",
            "Об этом говорится в бюллетене Минобороны России.",
            "Ministry of Defence (Russia)",
        ),
        ("ru", "Алиев выразил надежду на скорое подписание договора.", "Ilham Aliyev"),
        ("en", "The Armenian government thanked Russia for its help.", "Armenia"),
        ("en", "Aliyev apologized for the incident at the border.", "Ilham Aliyev"),
        ("en", "Lavrov reiterates that Moscow is ready to help.", "Sergey Lavrov"),
        ("en", "Pashinyan slammed the decision of the court.", "Nikol Pashinyan"),
        ("en", "Armenia and Russia announce an exchange of prisoners.", "Armenia"),
    ],
)
def test_a_reporting_verb_of_every_class_speaks(lang: str, text: str, speaker: str) -> None:
    assert speaker in speakers(text, lang)


def test_thanks_to_someone_is_no_statement() -> None:
    text = "Thanks to the support of Russia, the corridor was opened."
    assert "Russia" not in speakers(text, "en")


def test_a_quote_closed_after_an_earlier_sentence_is_not_reported_speech() -> None:
    text = (
        '"Армения готова к миру. Армения подтверждает свое участие", - заявил на заседании '
        "правительства премьер-министр Армении Никол Пашинян."
    )
    assert speakers(text, "ru") == {"Nikol Pashinyan"}


def test_an_instrumental_name_before_the_verb_is_not_its_subject() -> None:
    text = (
        "Путин после переговоров с президентом Азербайджана Ильхамом Алиевым и премьером "
        "Армении Николом Пашиняном заявил о создании рабочей группы."
    )
    assert speakers(text, "ru") == {"Vladimir Putin"}


def test_a_state_in_the_headline_repeats_its_ministry_in_the_body() -> None:
    text = (
        "В Баку сообщили об обстреле позиций на границе\n\n"
        "Минобороны Азербайджана сообщило в четверг об обстреле позиций армии на границе.\n\n"
        + FILLER["ru"]
    )
    assert speakers(text, "ru") == {"Ministry of Defense (Azerbaijan)"}


def test_a_state_speaking_in_the_body_beside_its_ministry_stays() -> None:
    text = (
        "Минобороны Азербайджана сообщило в четверг об обстреле позиций армии на границе.\n\n"
        "Азербайджан заявил, что ответит на любую провокацию.\n\n" + FILLER["ru"]
    )
    assert {"Ministry of Defense (Azerbaijan)", "Azerbaijan"} <= speakers(text, "ru")


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "en",
            "Dmitry Peskov, the spokesperson for Russian leader Vladimir Putin, has confirmed "
            "that the talks will go on.",
            "Dmitry Peskov",
        ),
        (
            "en",
            "Armen Grigoryan, the secretary of the council, also says the talks go on.",
            "Armen Grigoryan",
        ),
        ("ru", "Пресс-секретарь главы РФ заявил это, отвечая на вопрос журналистов.", ""),
        ("en", "A spokesperson for Pashinyan said the meeting was postponed.", ""),
        (
            "ru",
            "Об этом он сообщил в ходе разговора с президентом Беларуси Александром Лукашенко.",
            "",
        ),
        ("en", "Blinken spoke by phone with Pashinyan on Tuesday.", ""),
        (
            "ru",
            "Военные вернулись домой, заявил и.о. премьер-министра Армении Никол Пашинян.",
            "Nikol Pashinyan",
        ),
    ],
)
def test_who_a_title_serves_or_a_conversation_partner_does_not_speak(
    lang: str, text: str, speaker: str
) -> None:
    assert speakers(text, lang) == ({speaker} if speaker else set())


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "ru",
            "Пашинян ответил на заявление президента Азербайджана Ильхама Алиева о том, что "
            "дорога открыта.",
            "Ilham Aliyev",
        ),
        (
            "ru",
            "В Минобороны Азербайджана опровергли заявление Минобороны РФ о нарушении.",
            "Ministry of Defence (Russia)",
        ),
        ("en", "Ilham Aliyev's latest statement that the town was taken is false.", "Ilham Aliyev"),
    ],
)
def test_a_statement_named_by_its_owner_was_made_by_the_owner(
    lang: str, text: str, speaker: str
) -> None:
    assert speaker in speakers(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "Стороны обсудили выполнение совместного заявления Путина, Алиева и Пашиняна.",
        "Стороны обсудили выполнение заявления Путина, Алиева и Пашиняна.",
        "Агентство запросило комментарий у пресс-службы правительства Армении.",
        "Согласно утверждениям источников в Евросоюзе, встреча состоится.",
    ],
)
def test_a_joint_document_or_an_unnamed_owner_makes_no_statement(text: str) -> None:
    assert not speakers(text, "ru") & {
        "Vladimir Putin",
        "Ilham Aliyev",
        "Government of Armenia",
        "Armenia",
        "European Union",
    }


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("ru", "В Баку при этом утверждали, что командир погиб.", "Azerbaijan"),
        (
            "en",
            "The Armenian Foreign Ministry criticised the plan on Monday, saying that it "
            "ignored the border.",
            "Ministry of Foreign Affairs (Armenia)",
        ),
        ("en", "Lavrov claims the working group has made progress", "Sergey Lavrov"),
    ],
)
def test_particles_participles_and_headline_claims_keep_their_speaker(
    lang: str, text: str, speaker: str
) -> None:
    assert speaker in speakers(text, lang)


def test_responding_with_a_counter_offensive_is_still_no_statement() -> None:
    assert not speakers("Azerbaijan responded with a counter-offensive.", "en")


def test_a_territorial_claim_is_still_no_statement() -> None:
    assert not speakers("Armenia's claims to the region were rejected.", "en")


def test_a_name_after_a_preposition_before_the_verb_is_not_its_subject() -> None:
    text = (
        "Нехваткой времени у Ильхама Алиева объяснил отмену встречи спецпредставитель ЕС "
        "Тойво Клаар."
    )
    assert "Ilham Aliyev" not in speakers(text, "ru")


def test_a_name_after_a_faction_is_still_the_subject() -> None:
    text = "Об этом депутат от фракции Гегам Манукян сообщил журналистам."
    assert speakers(text, "ru") == {"Gegham Manukyan"}


def test_explaining_a_decision_is_saying_something() -> None:
    text = "Госпогранслужба Азербайджана объяснила это решение необходимостью защиты границы."
    assert speakers(text, "ru") == {"State Border Service (Azerbaijan)"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Пашинян в разговоре с госсекретарем США Майком Помпео заявил, что перемирие нарушено.",
            "Nikol Pashinyan",
        ),
        ("В Азербайджане президент Алиев заявил, что процесс идет.", "Ilham Aliyev"),
        (
            "Помощник президента Азербайджана Хикмет Гаджиев сказал журналистам, что встреча "
            "возможна.",
            "Hikmet Hajiyev",
        ),
    ],
)
def test_a_title_in_the_instrumental_governs_the_name_after_it(text: str, speaker: str) -> None:
    assert speakers(text, "ru") == {speaker}


def test_a_second_verb_joined_by_and_shares_the_subject() -> None:
    text = "Turkey has supported the right to self-defense and demanded the withdrawal of forces."
    assert speakers(text, "en") == {"Turkey"}


def test_a_bulleted_teaser_of_another_article_has_no_speaker() -> None:
    text = (
        "Минобороны Армении сообщило об обстреле позиций на границе.\n\n"
        "• Алиев заявил о начале работ в Шуше\n\n" + FILLER["ru"]
    )
    assert speakers(text, "ru") == {"Ministry of Defence (Armenia)"}
