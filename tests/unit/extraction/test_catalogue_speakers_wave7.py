"""Who speaks, wave 7 (spk9): constructions written for the test, in both languages."""

import pytest

from .catalogue import FILLER, speakers


def _article(text: str, lang: str) -> set[str]:
    return speakers(f"{text}\n\n{FILLER[lang]}", lang)


@pytest.mark.parametrize(
    ("lang", "text", "absent"),
    [
        (
            "en",
            "It called on Russia to implement the agreement which states that the corridor "
            "must stay open.",
            "Russia",
        ),
        (
            "en",
            "Yerevan urged Moscow to honour the treaty which also says that borders are final.",
            "Russia",
        ),
        (
            "ru",
            "Они призвали Францию уважать декларацию, которая гласит, что границы нерушимы.",
            "France",
        ),
    ],
)
def test_a_relative_pronoun_subject_is_its_antecedent_not_an_earlier_name(
    lang: str, text: str, absent: str
) -> None:
    assert absent not in _article(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "en",
            "Azerbaijan, which also said the talks were useful, rejected the plan.",
            "Azerbaijan",
        ),
        (
            "en",
            "The Armenian Foreign Ministry, which said the talks were useful, welcomed the step.",
            "Ministry of Foreign Affairs (Armenia)",
        ),
        ("ru", "Пашинян, который заявил, что мир близок, прибыл в Брюссель.", "Nikol Pashinyan"),
    ],
)
def test_a_relative_pronoun_after_a_name_keeps_the_name(lang: str, text: str, speaker: str) -> None:
    assert speaker in _article(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "absent"),
    [
        ("en", "Armenia plans to announce its decision next week.", "Armenia"),
        ("en", "The Armenian government decided to appeal to the CSTO for help.", "Armenia"),
        ("en", "Azerbaijan is expected to say more about the corridor.", "Azerbaijan"),
        ("ru", "Армения намерена заявить о своей позиции на следующей неделе.", "Armenia"),
        ("ru", "Правительство Армении решило обратиться к ОДКБ за помощью.", "Armenia"),
        (
            "ru",
            "Азербайджан провел заседание, на котором было принято решение обратиться в суд.",
            "Azerbaijan",
        ),
    ],
)
def test_a_speech_verb_intended_under_a_plan_or_decision_is_no_statement(
    lang: str, text: str, absent: str
) -> None:
    assert absent not in _article(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("en", "Pashinyan went on to say that peace was near.", "Nikol Pashinyan"),
        ("en", "Aliyev said he plans to sign the treaty.", "Ilham Aliyev"),
        ("ru", "Лавров поспешил заявить, что встреча состоится.", "Sergey Lavrov"),
        ("ru", "Пашинян заявил, что намерен подписать договор.", "Nikol Pashinyan"),
    ],
)
def test_a_speech_verb_made_stays_a_statement(lang: str, text: str, speaker: str) -> None:
    assert speaker in _article(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "absent"),
    [
        (
            "en",
            "Aliyev and Pashinyan were welcomed by Charles Michel in Brussels.",
            "Charles Michel",
        ),
        ("en", "Charles Michel welcomed Aliyev and Pashinyan in Brussels.", "Charles Michel"),
        ("en", "Vladimir Putin greeted Ilham Aliyev at the Kremlin.", "Vladimir Putin"),
        ("ru", "Путин приветствовал Алиева и Пашиняна в Сочи.", "Vladimir Putin"),
    ],
)
def test_welcoming_a_person_receives_a_guest_and_says_nothing(
    lang: str, text: str, absent: str
) -> None:
    assert absent not in _article(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("en", "Charles Michel welcomed the agreement.", "Charles Michel"),
        ("en", "The agreement was welcomed by Charles Michel.", "Charles Michel"),
        ("en", "Charles Michel welcomed Pashinyan's statement on peace.", "Charles Michel"),
        ("ru", "Путин приветствовал решение Алиева.", "Vladimir Putin"),
    ],
)
def test_welcoming_a_thing_is_a_statement(lang: str, text: str, speaker: str) -> None:
    assert speaker in _article(text, lang)
