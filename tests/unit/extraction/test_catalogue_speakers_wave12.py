"""Who speaks, wave 12 (spk13): constructions written for the test, in both languages."""

import pytest

from .catalogue import FILLER, speakers


def _article(text: str, lang: str) -> set[str]:
    return speakers(f"{text}\n\n{FILLER[lang]}", lang)


@pytest.mark.parametrize(
    ("text", "body", "not_body"),
    [
        (
            "MOSCOW, Oct 4 (Agency) Two people were hurt in the Azerbaijani town of Tartar by "
            "shelling, the country's Foreign Ministry said on Sunday.",
            "Ministry of Foreign Affairs (Azerbaijan)",
            "Ministry of Foreign Affairs (Russia)",
        ),
        (
            "Pashinyan's words were followed by a statement by the country’s defence ministry, "
            "which said that two soldiers were wounded.",
            "Ministry of Defence (Armenia)",
            None,
        ),
        (
            "Armenia reported shelling on Monday night.\n\nThe country's Defence Ministry says "
            "that two soldiers have been wounded.",
            "Ministry of Defence (Armenia)",
            None,
        ),
        (
            "BAKU, May 3 (Agency) Fighting went on near the Armenian town of Sotk, the "
            "country's defense ministry reported.",
            "Ministry of Defence (Armenia)",
            "Ministry of Defense (Azerbaijan)",
        ),
    ],
)
def test_the_countrys_ministry_is_the_ministry_of_the_country_named(
    text: str, body: str, not_body: str | None
) -> None:
    """ "The country's ministry" points back to the country the sentence (or the one before)
    is about, in any tense, never to the dateline's city."""
    found = _article(text, "en")
    assert body in found
    assert not_body not in found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "Армения и Азербайджан обвинили друг друга в обстреле. Обе стороны сообщили о потерях.",
        ),
        ("ru", "Бои шли всю ночь. Обе стороны заявляют о потерях противника."),
        ("ru", "Встреча прошла в Москве. Обе стороны подтвердили взятые на себя обязательства."),
        ("en", "Fighting flared overnight. Both sides reported casualties."),
        ("en", "Clashes went on along the border. Both sides have claimed gains."),
    ],
)
def test_both_sides_each_giving_its_own_account_is_no_statement(lang: str, text: str) -> None:
    """ "Both" speaks of each side apart, each with its own account, like "accused each
    other": no named speaker on the record, in any tense."""
    assert _article(text, lang) == set()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Стороны заявили о готовности продолжить переговоры."),
        ("en", "The two countries said they would continue the talks."),
    ],
)
def test_the_sides_speaking_together_still_speak(lang: str, text: str) -> None:
    """A collective subject without "both" is one statement of the two sides."""
    assert {"Armenia", "Azerbaijan"} <= _article(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "people"),
    [
        (
            "ru",
            "Граница размечена. Об этом в среду сообщили вице-премьер Азербайджана Шахин "
            "Мустафаев и премьер Армении Никол Пашинян.",
            {"Shahin Mustafayev", "Nikol Pashinyan"},
        ),
        (
            "ru",
            "Шахин Мустафаев и Никол Пашинян заявили, что работа комиссий продолжится.",
            {"Shahin Mustafayev", "Nikol Pashinyan"},
        ),
        (
            "en",
            "Emmanuel Macron, Olaf Scholz and Charles Michel welcomed the agreement.",
            {"Emmanuel Macron", "Olaf Scholz", "Charles Michel"},
        ),
        (
            "en",
            "The talks will continue, said Emmanuel Macron and Olaf Scholz.",
            {"Emmanuel Macron", "Olaf Scholz"},
        ),
    ],
)
def test_every_person_of_a_listed_subject_speaks(lang: str, text: str, people: set[str]) -> None:
    """The guide: "X, Y and Z welcomed the agreement" gives each a StatementMade, the list
    before the verb or after it."""
    assert people <= _article(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "silent"),
    [
        (
            "ru",
            "Как добавил Дмитрий Песков, Никол Пашинян и Ильхам Алиев подтвердили готовность "
            "к переговорам.",
            "Nikol Pashinyan",
        ),
        (
            "en",
            "The deal followed talks between Zohrab Mnatsakanyan and Jeyhun Bayramov, Mike "
            "Pompeo said.",
            "Zohrab Mnatsakanyan",
        ),
    ],
)
def test_a_list_that_is_not_the_verbs_subject_does_not_speak(
    lang: str, text: str, silent: str
) -> None:
    """A list after a preposition, or the subject of a clause another speaker reports, is not
    the speaker's list."""
    assert silent not in _article(text, lang)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Премьер-министр Никол Пашинян в пятницу отбудет в Брюссель, сообщает пресс-служба "
            "правительства.",
            "Armenia",
        ),
        (
            "Президент Азербайджана Ильхам Алиев примет участие в саммите, говорится в сообщении "
            "правительства.",
            "Azerbaijan",
        ),
        (
            "Армения готова продолжить переговоры, заявили в правительстве.",
            "Armenia",
        ),
    ],
)
def test_a_bare_government_is_the_government_of_the_country_the_sentence_is_about(
    text: str, speaker: str
) -> None:
    """ "Пресс-служба правительства" with no owner named: the government of the country the
    sentence is about (its head's, its own), whatever the dateline."""
    found = _article(text, "ru")
    assert speaker in found or f"Government of {speaker}" in found
