"""Who speaks, 2.7.0 (spk3): a state named by its authorities or leadership, the breakaway
republic by its periphrases, institutions under the press's other names and an office named
bare by a periphrasis (sentences written for the test)."""

import pytest

from .catalogue import facts_of, speakers


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        # a state's authorities or leadership: the state speaks
        ("ru", "Армянские власти заявили, что переговоры продолжатся.", "Armenia"),
        ("ru", "Азербайджанское руководство сообщило о готовности к диалогу.", "Azerbaijan"),
        ("en", "The Armenian authorities said the talks would continue.", "Armenia"),
        ("en", "Azerbaijani authorities announced an exchange of detainees.", "Azerbaijan"),
        ("en", "Russia's leadership said it was ready to mediate.", "Russia"),
        # the breakaway republic under its periphrases
        (
            "ru",
            "Власти непризнанного Нагорного Карабаха объявили о прекращении огня.",
            "Republic of Artsakh",
        ),
        (
            "ru",
            "Власти самопровозглашенной республики заявляют о новых обстрелах.",
            "Republic of Artsakh",
        ),
        (
            "ru",
            "Информационный центр Арцаха сообщил о продвижении войск.",
            "Republic of Artsakh",
        ),
        ("en", "The separatist authorities said the shelling went on.", "Republic of Artsakh"),
        (
            "en",
            "Ethnic Armenian authorities in the region said a truce had been reached.",
            "Republic of Artsakh",
        ),
        # institutions under the press's other names
        (
            "ru",
            "Дипломатическое ведомство Азербайджана заявило протест.",
            "Ministry of Foreign Affairs (Azerbaijan)",
        ),
        (
            "ru",
            "Об этом сообщили в Государственной комиссии по делам военнопленных.",
            "State Commission on Prisoners of War, Hostages and Missing Persons",
        ),
        (
            "en",
            "The Azerbaijani Prosecutor General said criminal cases had been opened.",
            "Prosecutor General's Office of Azerbaijan",
        ),
        (
            "en",
            "Armenia's border guards said shots were fired at their posts.",
            "National Security Service (Armenia)",
        ),
        (
            "en",
            "The Azerbaijani Border Guard Service confirmed the detention.",
            "State Border Service (Azerbaijan)",
        ),
    ],
)
def test_a_periphrastic_name_speaks_as_its_entity(lang: str, text: str, speaker: str) -> None:
    assert speaker in speakers(text, lang)


def test_a_bare_periphrasis_of_a_ministry_is_the_dateline_countrys() -> None:
    text = (
        "ЕРЕВАН, 20 октября. Во внешнеполитическом ведомстве заявили, что переговоры продолжатся."
    )
    assert "Ministry of Foreign Affairs (Armenia)" in speakers(text, "ru")


def test_the_head_of_a_periphrastic_ministry_is_a_title_not_a_speaker() -> None:
    text = "Глава российского внешнеполитического ведомства Сергей Лавров заявил о переговорах."
    assert speakers(text, "ru") == {"Sergey Lavrov"}


def test_ministries_of_a_list_of_states_leave_the_states_named() -> None:
    text = (
        "Главы дипломатических ведомств России, Армении и Азербайджана провели переговоры "
        "в Москве 20 октября."
    )
    held = facts_of(text, "ru", "MeetingHeld")
    assert held and "Russia" in held[0]["participants"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ранее Госпогранслужба (ГПС) Азербайджана сообщила о задержании нарушителя.",
            "State Border Service (Azerbaijan)",
        ),
        (
            "Об этом сообщила Служба национальной безопасности (СНБ) Армении.",
            "National Security Service (Armenia)",
        ),
    ],
)
def test_an_abbreviation_in_brackets_inside_a_name_keeps_the_name_whole(
    text: str, speaker: str
) -> None:
    assert speakers(text, "ru") == {speaker}


def test_an_agency_in_brackets_after_a_dateline_is_no_part_of_a_name() -> None:
    assert speakers("MOSCOW (AP) — Russia said the talks would continue.", "en") == {"Russia"}


def test_the_ministries_of_a_list_of_states_each_speak() -> None:
    text = "The foreign ministries of Armenia and Azerbaijan said that the work would continue."
    assert speakers(text, "en") == {
        "Ministry of Foreign Affairs (Armenia)",
        "Ministry of Foreign Affairs (Azerbaijan)",
    }


def test_the_heads_of_ministries_of_a_list_meet_as_their_states() -> None:
    text = "The heads of the foreign ministries of Armenia and Azerbaijan met in Moscow on Monday."
    held = facts_of(text, "en", "MeetingHeld")
    assert held and {"Armenia", "Azerbaijan"} <= set(map(str, held[0]["participants"]))


def test_ministries_of_a_russian_genitive_list_each_speak() -> None:
    text = "В министерствах обороны Армении и Азербайджана заявили о стрельбе на границе."
    assert speakers(text, "ru") == {
        "Ministry of Defence (Armenia)",
        "Ministry of Defense (Azerbaijan)",
    }
