"""Who speaks: a catalogue of attribution in the press of both languages (sentences written
for the test)."""

import datetime as dt

import pytest

from services.extraction import extract_article, to_gold

from .catalogue import facts_of, speakers


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("ru", "Пашинян отмечает, что процесс идет.", "Nikol Pashinyan"),
        ("ru", "Захарова подчеркивала, что процесс идет.", "Maria Zakharova"),
        (
            "ru",
            "МИД Армении призывает стороны к сдержанности.",
            "Ministry of Foreign Affairs (Armenia)",
        ),
        ("ru", "Алиев пообещал, что Азербайджан восстановит город.", "Ilham Aliyev"),
        (
            "ru",
            "Пашинян настаивает, что у Армении нет территориальных претензий.",
            "Nikol Pashinyan",
        ),
        ("ru", "МИД Армении раскритиковал это решение.", "Ministry of Foreign Affairs (Armenia)"),
        ("ru", "Шарль Мишель приветствовал соглашение.", "Charles Michel"),
        (
            "ru",
            "По данным Минобороны Азербайджана, процесс идет.",
            "Ministry of Defense (Azerbaijan)",
        ),
        ("en", "Aliyev promised to rebuild the city.", "Ilham Aliyev"),
        ("en", "Aliyev responded that the claims were false.", "Ilham Aliyev"),
        ("en", "Aliyev complained that the West was biased.", "Ilham Aliyev"),
        ("en", "The Armenian side denied the reports.", "Armenia"),
        (
            "en",
            "Trend reports with reference to the Azerbaijani Prosecutor General's Office that "
            "ten people died.",
            "Prosecutor General's Office of Azerbaijan",
        ),
        ("en", "Pashinyan was quoted as saying that Armenia was ready.", "Nikol Pashinyan"),
        ("en", '"This is unacceptable," the statement said, quoting Pashinyan.', "Nikol Pashinyan"),
        (
            "en",
            "The UN Security Council called for an end to the fighting.",
            "United Nations Security Council",
        ),
        ("en", "Pashinyan made the remarks at a government meeting.", "Nikol Pashinyan"),
        ("ru", "Такое заявление сделал Пашинян в ходе заседания правительства.", "Nikol Pashinyan"),
        ("ru", "Пашинян сделал заявление о готовности к миру.", "Nikol Pashinyan"),
        (
            "ru",
            "По версии Минобороны Армении, азербайджанские военные открыли огонь по Горису.",
            "Ministry of Defence (Armenia)",
        ),
        (
            "en",
            "Interfax quoted Kremlin Spokesman Dmitry Peskov as saying the leaders would meet.",
            "Dmitry Peskov",
        ),
        (
            "en",
            "TASS reports that the Russian Defense Ministry issued a statement.",
            "Ministry of Defence (Russia)",
        ),
        (
            "ru",
            "Минобороны Азербайджана опубликовало заявление о начале операции.",
            "Ministry of Defense (Azerbaijan)",
        ),
        ("ru", "Алиев в обращении к народу поздравил граждан с этим событием.", "Ilham Aliyev"),
        ("ru", "Пашинян выступил с обращением к нации.", "Nikol Pashinyan"),
        ("ru", "По мнению Пашиняна, процесс идет.", "Nikol Pashinyan"),
    ],
)
def test_a_catalogue_of_attribution_speaks(lang: str, text: str, speaker: str) -> None:
    assert speaker in speakers(text, lang)


def test_a_first_person_verb_has_no_named_subject_after_it() -> None:
    text = '"Приветствуем данный шаг Баку и надеемся на продолжение", - сказала Захарова.'
    assert speakers(text, "ru") == {"Maria Zakharova"}


def test_responding_with_force_says_nothing() -> None:
    text = "Azerbaijan responded with a counter-offensive along the entire front."
    assert speakers(text, "en") == set()


def test_insisting_on_a_thing_is_no_statement() -> None:
    assert speakers("Азербайджан настаивал на участии Турции во встрече.", "ru") == set()


def test_according_to_which_names_a_document() -> None:
    text = (
        "A joint statement was made by the leaders, according to which the Armenian side "
        "committed itself to return the Aghdam district."
    )
    assert "Armenia" not in speakers(text, "en")


def test_a_name_before_a_new_clause_is_not_its_speaker() -> None:
    text = "Clashes erupted between Azerbaijan and Armenia as world leaders called for calm."
    assert speakers(text, "en") == set()


def test_a_surname_nobody_else_bears_names_its_person() -> None:
    (held,) = facts_of("Bayramov and Mirzoyan met in Almaty on May 10, 2022.", "en", "MeetingHeld")
    assert set(held["participants"]) == {"Jeyhun Bayramov", "Ararat Mirzoyan"}  # type: ignore[arg-type]


def test_a_shared_surname_in_the_headline_is_the_one_the_body_names_in_full() -> None:
    text = (
        "Григорян: делимитация продолжится\n\n"
        "Вице-премьер Армении Мгер Григорян провел встречу с журналистами в Ереване во вторник."
    )
    facts = extract_article(text, dt.date(2023, 10, 10), "ru").facts
    speakers = {to_gold(f)["speaker"] for f in facts if f.kind == "StatementMade"}
    assert speakers == {"Mher Grigoryan"}


def test_a_shared_surname_alone_names_no_one() -> None:
    assert speakers("Mnatsakanyan said the talks were useful.", "en") == set()


def test_who_publishes_the_leaders_statement_only_relays_it() -> None:
    text = "Кремль опубликовал заявление Путина, Пашиняна и Алиева по Карабаху."
    assert "Kremlin" not in speakers(text, "ru")


def test_refuting_someones_statement_is_saying_something() -> None:
    text = (
        "Официальный представитель Минобороны Армении Арцрун Ованнисян опроверг заявление "
        "президента Азербайджана Ильхама Алиева."
    )
    assert "Artsrun Hovhannisyan" in speakers(text, "ru")


def test_an_official_who_does_not_confirm_speaks_on_the_record() -> None:
    text = (
        "Информацию не подтверждает официальный представитель министерства обороны Армении "
        "Арцрун Ованнисян."
    )
    assert "Artsrun Hovhannisyan" in speakers(text, "ru")


def test_an_armenian_official_unknown_to_the_gazetteer_is_spelt_as_in_english() -> None:
    text = "Об этом заявил глава общины Гайк Саркисян."
    assert "Hayk Sargsyan" in speakers(text, "ru")


def test_a_known_persons_own_first_name_before_the_surname_is_still_that_person() -> None:
    assert speakers(
        "Turkish President Tayyip Erdogan said he believes in normalization with Armenia.", "en"
    ) == {"Recep Tayyip Erdoğan"}
    assert speakers("Президент Турции Тайип Эрдоган заявил, что верит в мир.", "ru") == {
        "Recep Tayyip Erdoğan"
    }
    # another first name before a known surname is someone else
    assert speakers("Карен Кочарян заявил, что верит в мир.", "ru") == {"Karen Kocharyan"}


def test_a_name_set_off_by_commas_before_the_verb_speaks() -> None:
    for text, who in (
        (
            "Iran's Foreign Minister, Hossein Amirabdollahian, said the talks were a historic "
            "opportunity.",
            "Hossein Amir-Abdollahian",
        ),
        (
            "US Secretary of State, Antony Blinken, said in a tweet that it must stop.",
            "Antony Blinken",
        ),
        ("Mirzoyan, for his part, lauded the growing economic relations.", "Ararat Mirzoyan"),
    ):
        assert speakers(text, "en") == {who}, text


def test_an_abbreviated_title_or_a_press_service_report_still_names_the_speaker() -> None:
    assert speakers("Об этом заявил и.о. премьер-министра Армении Никол Пашинян.", "ru") == {
        "Nikol Pashinyan"
    }
    # the government's press service is the government, which speaks as its state (spk11)
    assert speakers(
        "По сообщению пресс-службы правительства Армении, стороны обсудили повестку.", "ru"
    ) == {"Armenia"}
