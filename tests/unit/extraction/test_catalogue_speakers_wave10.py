"""Who speaks, wave 10 (spk12): titles, appositions and addressees, in sentences written for
the test. Tigran Melkonyan is a made-up name the gazetteer does not know."""

import pytest

from .catalogue import FILLER, speakers


def _article(text: str, lang: str) -> set[str]:
    return speakers(f"{text}\n\n{FILLER[lang]}", lang)


@pytest.mark.parametrize(
    ("lang", "text", "who", "not_who"),
    [
        # TITLE (of/to) X NAME: an office naming someone else leaves NAME the apposition's head
        ("en", "Adviser to Azerbaijan's President Hikmet Hajiyev said Baku was ready.",
         "Hikmet Hajiyev", "Ilham Aliyev"),
        ("en", "Aide to Russian President Vladimir Putin Yuri Ushakov said Moscow was ready.",
         "Yuri Ushakov", "Vladimir Putin"),
        ("en", "Aliyev's adviser Hikmet Hajiyev said Baku was ready for talks.",
         "Hikmet Hajiyev", "Ilham Aliyev"),
        ("ru", "Советник президента Азербайджана Хикмет Гаджиев заявил, что Баку готов.",
         "Hikmet Hajiyev", "Ilham Aliyev"),
        ("ru", "Помощник Алиева Хикмет Гаджиев заявил, что Баку готов к переговорам.",
         "Hikmet Hajiyev", "Ilham Aliyev"),
        ("en", "Armenia's deputy foreign minister Tigran Melkonyan said Yerevan was ready.",
         "Tigran Melkonyan", "Ararat Mirzoyan"),
        ("en", "The ministry's spokeswoman Tigran Melkonyan said Yerevan was ready for talks.",
         "Tigran Melkonyan", "Armenia"),
    ],
)  # fmt: skip
def test_the_name_after_a_title_of_someone_else_speaks(
    lang: str, text: str, who: str, not_who: str
) -> None:
    found = _article(text, lang)
    assert who in found
    assert not_who not in found


def test_the_person_a_spokesman_serves_does_not_speak() -> None:
    """ "A spokesman for Russian President Vladimir Putin said": the name is the one served."""
    text = "A spokesman for Russian President Vladimir Putin said Moscow was ready for talks."
    assert "Vladimir Putin" not in _article(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "Хикмет Гаджиев, помощник президента Азербайджана, заявил, что Баку готов к переговорам.",
        "Тигран Мелконян, пресс-секретарь посольства Армении, заявил, что Ереван готов.",
        "Мария Захарова, официальный представитель МИД России, сказала, что Москва готова.",
    ],
)
def test_a_russian_name_before_its_apposition_speaks(text: str) -> None:
    """ "X, помощник президента, заявил": the nominative name before the apposition speaks."""
    found = _article(text, "ru")
    assert found & {"Hikmet Hajiyev", "Tigran Melkonyan", "Maria Zakharova"}


def test_an_object_before_an_apposition_does_not_speak() -> None:
    """ "встретился с Пашиняном, премьер-министром Армении, сообщили в Кремле": an object."""
    text = "Путин встретился с Пашиняном, премьер-министром Армении, сообщили в Кремле."
    assert "Nikol Pashinyan" not in _article(text, "ru")


def test_a_clause_between_commas_is_no_apposition() -> None:
    text = (
        "Путин и Алиев, а также премьер-министр Армении Никол Пашинян проводят в Сочи встречу, "
        "рассказал журналистам пресс-секретарь Кремля Дмитрий Песков."
    )
    found = _article(text, "ru")
    assert "Dmitry Peskov" in found
    assert "Ilham Aliyev" not in found


@pytest.mark.parametrize(
    "text",
    [
        "The head of the border department, Major General Tigran Melkonyan, reported this to "
        "President Ilham Aliyev.",
        # a long official title does not make the sentence a title-case headline
        "The Head of the Main Department of the State Border Guard Service, Major General Tigran "
        "Melkonyan, reported this to President Ilham Aliyev.",
    ],
)
def test_the_one_reported_to_listens_and_the_ranked_name_speaks(text: str) -> None:
    found = _article(text, "en")
    assert "Tigran Melkonyan" in found
    assert "Ilham Aliyev" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Yerevan was ready for talks, said Tigran Melkonyan, a spokesman for the embassy.",
        "Yerevan was ready for talks, said a spokesman for the embassy, Tigran Melkonyan.",
        "Tigran Melkonyan, a spokesman for the embassy, said Yerevan was ready for talks.",
        "Armenian embassy spokesman Tigran Melkonyan said Yerevan was ready for talks.",
        "Yerevan was ready for talks, Armenian embassy spokesman Tigran Melkonyan said.",
        "Yerevan was ready for talks, according to Tigran Melkonyan, a spokesman for the embassy.",
    ],
)
def test_an_unknown_person_with_a_title_speaks_in_every_word_order(text: str) -> None:
    assert "Tigran Melkonyan" in _article(text, "en")


@pytest.mark.parametrize(
    ("text", "served"),
    [
        ("Помощник Алиева заявил, что Баку готов к переговорам.", "Ilham Aliyev"),
        ("Пресс-секретарь Пашиняна заявила, что Ереван готов к переговорам.", "Nikol Pashinyan"),
    ],
)
def test_the_genitive_after_a_subordinate_title_is_served_not_speaking(
    text: str, served: str
) -> None:
    """ "помощник Алиева заявил", like "an aide to Aliyev said": the one served is silent."""
    assert served not in _article(text, "ru")


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Пресс-секретарь Песков заявил, что Москва готова к переговорам.", "Dmitry Peskov"),
        ("Официальный представитель Захарова заявила, что Москва готова.", "Maria Zakharova"),
        ("Советник Гаджиев заявил, что Баку готов к переговорам.", "Hikmet Hajiyev"),
    ],
)
def test_a_nominative_name_after_a_title_is_its_holder(text: str, who: str) -> None:
    assert who in _article(text, "ru")


@pytest.mark.parametrize(
    "text",
    [
        "The OSCE Minsk Group co-chaired by the United States, Russia and France has been "
        "mediating the conflict.",
        "Talks co-chaired by the United States and the European Union went on for hours.",
    ],
)
def test_a_word_inside_a_name_is_no_speech_verb(text: str) -> None:
    """ "the United States": "States" in a name does not "state" anything."""
    assert _article(text, "en") == set()


def test_a_state_named_united_states_still_speaks() -> None:
    assert "United States" in _article("The United States said it was ready to host talks.", "en")


@pytest.mark.parametrize(
    "text",
    [
        "Handover of four villages to Azerbaijan reported to the president",
        "Talks with Armenia announced for next week",
        "The clash between Azerbaijan and Armenia reported on Friday was the worst this year.",
    ],
)
def test_the_object_of_a_preposition_is_no_subject(text: str) -> None:
    """ "handover of villages to Azerbaijan reported": Azerbaijan is the preposition's object."""
    assert _article(text, "en") == set()


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The authorities of Artsakh condemned the provocation.", "Republic of Artsakh"),
        ("A statement from the Kremlin said the talks would go on.", "Kremlin"),
    ],
)
def test_an_owner_after_of_or_from_still_speaks(text: str, who: str) -> None:
    assert who in _article(text, "en")
