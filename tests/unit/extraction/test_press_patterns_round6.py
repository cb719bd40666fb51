"""Constructions of the press, sixth set: a grammar catalogue of attribution rather than
errors of single articles (sentences written for the test)."""

import datetime as dt

import pytest

from services.extraction import extract_article, to_gold

DAY = dt.date(2022, 10, 20)


def _speakers(text: str, lang: str) -> set[str]:
    facts = extract_article(text, DAY, lang).facts
    return {str(to_gold(f)["speaker"]) for f in facts if f.kind == "StatementMade"}


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
    ],
)
def test_a_catalogue_of_attribution_speaks(lang: str, text: str, speaker: str) -> None:
    assert speaker in _speakers(text, lang)


def test_a_first_person_verb_has_no_named_subject_after_it() -> None:
    text = '"Приветствуем данный шаг Баку и надеемся на продолжение", - сказала Захарова.'
    assert _speakers(text, "ru") == {"Maria Zakharova"}


def test_responding_with_force_says_nothing() -> None:
    text = "Azerbaijan responded with a counter-offensive along the entire front."
    assert _speakers(text, "en") == set()


def test_insisting_on_a_thing_is_no_statement() -> None:
    assert _speakers("Азербайджан настаивал на участии Турции во встрече.", "ru") == set()


def test_according_to_which_names_a_document() -> None:
    text = (
        "A joint statement was made by the leaders, according to which the Armenian side "
        "committed itself to return the Aghdam district."
    )
    assert "Armenia" not in _speakers(text, "en")
